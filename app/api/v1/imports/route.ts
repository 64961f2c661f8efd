import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { getArticle } from "@/server/articles/get-article";
import { mtEngine } from "@/server/articles/import-article";
import { importUpload } from "@/server/imports/import-upload";
import { readUpload } from "@/server/imports/read-upload";

export const POST = apiRoute(contract.importUpload, "article:import", async ({ request, actor, headers }) => {
  const engine = new URL(request.url).searchParams.get("mtEngine");
  const { id, skippedUnits } = await importUpload(actor, await readUpload(request), engine ? mtEngine.parse(engine) : undefined);
  headers.set("Location", `/api/v1/articles/${id}`);
  return { ...(await getArticle(id)), skippedUnits };
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
