import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { createGlossaryTerm } from "@/server/glossary/create-glossary-term";
import { listGlossary } from "@/server/glossary/list-glossary";

export const GET = apiRoute(contract.listGlossary, "article:read", async () => ({ terms: await listGlossary() }));

export const POST = apiRoute(contract.createGlossaryTerm, "sentence:edit", async ({ body }) => createGlossaryTerm(body));
