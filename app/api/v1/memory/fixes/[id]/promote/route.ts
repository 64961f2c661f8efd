import { apiRoute, idParam } from "@/server/api/route";
import { promoteLearnedFix } from "@/server/memory/learned-fix-list";

/** Adds the learned fix to the glossary (reviewers and admins). */
export const POST = apiRoute<{ id: string }>("memory:manage", async ({ params, actor }) =>
  Response.json(await promoteLearnedFix(idParam(params.id, "learned fix"), actor.id)),
);
