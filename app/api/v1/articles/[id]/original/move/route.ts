import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { moveOriginalSentence } from "@/server/imports/move-original-boundary";

/** Moves one original-language sentence across the boundary of two rows: `{ sentenceId, direction: "up" | "down" }`. */
export const POST = apiRoute(contract.moveOriginal, "sentence:edit", async ({ body, params }) =>
  moveOriginalSentence(idParam(params.id, "article"), body),
);
