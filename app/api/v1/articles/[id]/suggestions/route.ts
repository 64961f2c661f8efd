import { apiRoute, idParam } from "@/server/api/route";
import { articleSuggestions } from "@/server/memory/suggestions";

export const GET = apiRoute<{ id: string }>("article:read", async ({ params }) =>
  Response.json(await articleSuggestions(idParam(params.id, "article"))),
);
