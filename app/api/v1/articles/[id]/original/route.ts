import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { getArticle } from "@/server/articles/get-article";
import { setOriginalText } from "@/server/imports/set-original-text";

export const POST = apiRoute(contract.setOriginal, "sentence:edit", async ({ body, params }) => {
  const id = idParam(params.id, "article");
  await setOriginalText(id, body);
  return getArticle(id);
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
