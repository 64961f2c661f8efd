import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { recordVisits } from "@/server/effort/record-visits";

/** A batch of editing visits from the workspace (at most 200); viewers may not send any. */
export const POST = apiRoute(contract.recordVisits, "sentence:edit", async ({ body, actor }) => recordVisits(actor, body));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
