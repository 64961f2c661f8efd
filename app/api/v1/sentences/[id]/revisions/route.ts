import { apiRoute, idParam } from "@/server/api/route";
import { listRevisions } from "@/server/sentences/list-revisions";

export const GET = apiRoute<{ id: string }>("article:read", async ({ params }) =>
  Response.json({ revisions: await listRevisions(idParam(params.id, "sentence")) }),
);
