import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { dismissIssue } from "@/server/quality/dismiss-issue";
import { listChecks } from "@/server/quality/list-checks";

export const POST = apiRoute(contract.dismissIssue, "sentence:edit", async ({ body, actor, params }) => {
  const articleId = idParam(params.id, "article");
  await dismissIssue({ articleId, sentenceId: body.sentenceId, key: body.key, actor });
  return listChecks(articleId);
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
