import { apiRoute } from "@/server/api/route";
import { getArticle } from "@/server/articles/get-article";
import { mtEngine } from "@/server/articles/import-article";
import { importUpload } from "@/server/imports/import-upload";
import { readUpload } from "@/server/imports/read-upload";

export const POST = apiRoute("article:import", async ({ request, actor }) => {
  const engine = new URL(request.url).searchParams.get("mtEngine");
  const id = await importUpload(actor, await readUpload(request), engine ? mtEngine.parse(engine) : undefined);
  return Response.json(await getArticle(id), { status: 201, headers: { Location: `/api/v1/articles/${id}` } });
});
