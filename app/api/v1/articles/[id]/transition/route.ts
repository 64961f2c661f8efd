import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { transitionArticle } from "@/server/workflow/transition-article";
import { getWorkflow } from "@/server/workflow/workflow-view";

/** The article's workflow: state, editor, reviewer and every transition and assignment, oldest first. */
export const GET = apiRoute(contract.getWorkflow, "article:read", async ({ params }) => getWorkflow(idParam(params.id, "article")));

/** `{ to, from, reason? }`: who may make which move is checked by lib/workflow (403), a stale `from` is a 409. */
export const POST = apiRoute(contract.transition, "article:read", async ({ body, actor, params }) =>
  transitionArticle({ actor, articleId: idParam(params.id, "article"), input: body }),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
