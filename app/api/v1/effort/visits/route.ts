import { readJson } from "@/server/api/body";
import { apiRoute } from "@/server/api/route";
import { recordVisits, recordVisitsBody } from "@/server/effort/record-visits";

/** A batch of editing visits from the workspace (at most 200); viewers may not send any. */
export const POST = apiRoute("sentence:edit", async ({ request, actor }) =>
  Response.json(await recordVisits(actor, await readJson(request, recordVisitsBody, 256 * 1024)), { status: 201 }),
);
