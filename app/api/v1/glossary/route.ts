import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { createGlossaryTerm } from "@/server/glossary/create-glossary-term";
import { listGlossary } from "@/server/glossary/list-glossary";

export const GET = apiRoute(contract.listGlossary, "article:read", async () => ({ terms: await listGlossary() }));

export const POST = apiRoute(contract.createGlossaryTerm, "sentence:edit", async ({ body }) => createGlossaryTerm(body));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
