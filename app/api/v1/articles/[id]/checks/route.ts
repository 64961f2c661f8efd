import { z } from "zod";
import { checkIds } from "@/lib/qa";
import { readJson } from "@/server/api/body";
import { apiRoute, idParam } from "@/server/api/route";
import { listChecks } from "@/server/quality/list-checks";
import { setEnabledChecks } from "@/server/quality/set-enabled-checks";

const enabledBody = z.object({ enabled: z.array(z.enum(checkIds)).max(checkIds.length * 2) }).strict();

export const GET = apiRoute<{ id: string }>("article:read", async ({ params }) =>
  Response.json(await listChecks(idParam(params.id, "article"))),
);

export const PATCH = apiRoute<{ id: string }>("sentence:edit", async ({ request, params }) => {
  const articleId = idParam(params.id, "article");
  const { enabled } = await readJson(request, enabledBody);
  await setEnabledChecks(articleId, enabled);
  return Response.json(await listChecks(articleId));
});
