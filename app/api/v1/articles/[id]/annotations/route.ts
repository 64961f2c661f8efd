import { apiRoute, idParam } from "@/server/api/route";
import { listAnnotations } from "@/server/annotations/list-annotations";

export const GET = apiRoute<{ id: string }>("article:read", async ({ actor, params }) =>
  Response.json({ annotations: await listAnnotations(actor, idParam(params.id, "article")) }),
);
