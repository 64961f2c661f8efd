import { readJson } from "@/server/api/body";
import { apiRoute, idParam } from "@/server/api/route";
import { deleteGlossaryTerm } from "@/server/glossary/delete-glossary-term";
import { glossaryPatchSchema, updateGlossaryTerm } from "@/server/glossary/update-glossary-term";

export const PATCH = apiRoute<{ id: string }>("sentence:edit", async ({ request, params }) => {
  const id = idParam(params.id, "glossary term");
  return Response.json(await updateGlossaryTerm(id, await readJson(request, glossaryPatchSchema)));
});

export const DELETE = apiRoute<{ id: string }>("sentence:edit", async ({ params }) => {
  await deleteGlossaryTerm(idParam(params.id, "glossary term"));
  return new Response(null, { status: 204 });
});
