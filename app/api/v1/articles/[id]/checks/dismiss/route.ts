import { z } from "zod";
import { readJson } from "@/server/api/body";
import { apiRoute, idParam } from "@/server/api/route";
import { dismissIssue } from "@/server/quality/dismiss-issue";
import { listChecks } from "@/server/quality/list-checks";

const dismissBody = z.object({ sentenceId: z.number().int().positive(), key: z.string().min(1).max(1000) }).strict();

export const POST = apiRoute<{ id: string }>("sentence:edit", async ({ request, actor, params }) => {
  const articleId = idParam(params.id, "article");
  const { sentenceId, key } = await readJson(request, dismissBody);
  await dismissIssue({ articleId, sentenceId, key, actor });
  return Response.json(await listChecks(articleId));
});
