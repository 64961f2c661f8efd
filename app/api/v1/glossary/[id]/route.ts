import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { deleteGlossaryTerm } from "@/server/glossary/delete-glossary-term";
import { updateGlossaryTerm } from "@/server/glossary/update-glossary-term";

export const PATCH = apiRoute(contract.updateGlossaryTerm, "sentence:edit", async ({ body, params }) =>
  updateGlossaryTerm(idParam(params.id, "glossary term"), body),
);

export const DELETE = apiRoute(contract.deleteGlossaryTerm, "sentence:edit", async ({ params }) => {
  await deleteGlossaryTerm(idParam(params.id, "glossary term"));
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, POST, PUT, OPTIONS } from "@/server/api/method-not-allowed";
