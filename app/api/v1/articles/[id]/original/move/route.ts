import { readJson } from "@/server/api/body";
import { apiRoute, idParam } from "@/server/api/route";
import { moveOriginalBoundaryBody, moveOriginalSentence } from "@/server/imports/move-original-boundary";

/** Moves one original-language sentence across the boundary of two rows: `{ sentenceId, direction: "up" | "down" }`. */
export const POST = apiRoute<{ id: string }>("sentence:edit", async ({ request, params }) => {
  const id = idParam(params.id, "article");
  return Response.json(await moveOriginalSentence(id, await readJson(request, moveOriginalBoundaryBody)));
});
