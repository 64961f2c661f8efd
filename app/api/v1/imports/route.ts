import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { getArticle } from "@/server/articles/get-article";
import { importUpload } from "@/server/imports/import-upload";
import { readUpload } from "@/server/imports/read-upload";

export const POST = apiRoute(contract.importUpload, "article:import", async ({ request, actor, headers }) => {
  const { id, skippedUnits } = await importUpload(actor, await readUpload(request));
  headers.set("Location", `/api/v1/articles/${id}`);
  return { ...(await getArticle(id)), skippedUnits };
});
