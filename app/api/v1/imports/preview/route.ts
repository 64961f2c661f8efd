import { apiRoute } from "@/server/api/route";
import { parseUpload } from "@/server/imports/preview-import";
import { readUpload } from "@/server/imports/read-upload";

export const POST = apiRoute("article:import", async ({ request }) => {
  const { preview } = await parseUpload(await readUpload(request));
  return Response.json(preview);
});
