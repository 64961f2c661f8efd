import { apiRoute } from "@/server/api/route";
import { getArticle } from "@/server/articles/get-article";
import { importUpload } from "@/server/imports/import-upload";
import { readUpload } from "@/server/imports/read-upload";

export const POST = apiRoute("article:import", async ({ request, actor }) => {
  const { id, skippedUnits } = await importUpload(actor, await readUpload(request));
  return Response.json({ ...(await getArticle(id)), skippedUnits }, { status: 201, headers: { Location: `/api/v1/articles/${id}` } });
});
