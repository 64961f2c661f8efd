import { readJson } from "@/server/api/body";
import { apiRoute, idParam } from "@/server/api/route";
import { transitionArticle, transitionBody } from "@/server/workflow/transition-article";
import { getWorkflow } from "@/server/workflow/workflow-view";

/** The article's workflow: state, editor, reviewer and every transition and assignment, oldest first. */
export const GET = apiRoute<{ id: string }>("article:read", async ({ params }) => Response.json(await getWorkflow(idParam(params.id, "article"))));

/** `{ to, from, reason? }`: who may make which move is checked by lib/workflow (403), a stale `from` is a 409. */
export const POST = apiRoute<{ id: string }>("article:read", async ({ request, actor, params }) => {
  const articleId = idParam(params.id, "article");
  const input = await readJson(request, transitionBody);
  return Response.json(await transitionArticle({ actor, articleId, input }));
});
