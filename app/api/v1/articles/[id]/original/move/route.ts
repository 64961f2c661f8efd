import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { moveOriginalSentence } from "@/server/imports/move-original-boundary";

/** Moves one original-language sentence across the boundary of two rows: `{ sentenceId, direction: "up" | "down" }`. */
export const POST = apiRoute(contract.moveOriginal, "sentence:edit", async ({ body, params }) =>
  moveOriginalSentence(idParam(params.id, "article"), body),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
