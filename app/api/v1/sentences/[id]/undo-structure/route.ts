import { apiRoute, idParam } from "@/server/api/route";
import { readJson } from "@/server/api/body";
import { undoStructure, undoStructureBody } from "@/server/sentences/undo-structure";

export const POST = apiRoute<{ id: string }>("sentence:edit", async ({ request, actor, params }) => {
  const sentenceId = idParam(params.id, "sentence");
  const { version } = await readJson(request, undoStructureBody);
  return Response.json(await undoStructure({ actor, sentenceId, version }));
});
