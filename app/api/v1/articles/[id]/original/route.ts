import { readJson } from "@/server/api/body";
import { apiRoute, idParam } from "@/server/api/route";
import { getArticle } from "@/server/articles/get-article";
import { originalTextBody, setOriginalText } from "@/server/imports/set-original-text";

export const POST = apiRoute<{ id: string }>("sentence:edit", async ({ request, params }) => {
  const id = idParam(params.id, "article");
  // JSON escaping can grow the text: allow room over the 2 MB text limit, checked again on the text.
  await setOriginalText(id, await readJson(request, originalTextBody, 3 * 1024 * 1024));
  return Response.json(await getArticle(id));
});
