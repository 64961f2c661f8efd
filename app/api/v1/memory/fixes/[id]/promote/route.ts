import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { promoteLearnedFix } from "@/server/memory/learned-fix-list";

/** Adds the learned fix to the glossary (reviewers and admins). */
export const POST = apiRoute(contract.promoteLearnedFix, "memory:manage", async ({ params, actor }) => promoteLearnedFix(idParam(params.id, "learned fix"), actor.id));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
