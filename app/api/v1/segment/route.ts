import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { previewSentences } from "@/lib/import/preview";

// A preview: splits the text and stores nothing.
export const POST = apiRoute(contract.segment, "article:read", async ({ body }) => ({ sentences: previewSentences(body.text, body.lang ?? "en") }));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
