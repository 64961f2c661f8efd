import { glossaryTermSchema } from "@/lib/glossary/term";
import { readJson } from "@/server/api/body";
import { apiRoute } from "@/server/api/route";
import { createGlossaryTerm } from "@/server/glossary/create-glossary-term";
import { listGlossary } from "@/server/glossary/list-glossary";

export const GET = apiRoute("article:read", async () => Response.json({ terms: await listGlossary() }));

export const POST = apiRoute("sentence:edit", async ({ request }) =>
  Response.json(await createGlossaryTerm(await readJson(request, glossaryTermSchema)), { status: 201 }),
);
