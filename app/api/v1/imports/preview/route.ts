import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { parseUpload } from "@/server/imports/preview-import";
import { readUpload } from "@/server/imports/read-upload";

export const POST = apiRoute(contract.previewImport, "article:import", async ({ request }) => (await parseUpload(await readUpload(request))).preview);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
