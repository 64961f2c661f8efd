import { apiRoute, idParam } from "@/server/api/route";
import { sentenceSuggestions } from "@/server/memory/suggestions";

export const GET = apiRoute<{ id: string }>("article:read", async ({ params }) =>
  Response.json(await sentenceSuggestions(idParam(params.id, "sentence"))),
);
