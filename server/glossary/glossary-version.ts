import "server-only";
import { GlossaryMatcher } from "@/lib/glossary/matcher";
import { db, type Database } from "@/server/db";
import type { GlossaryTerm } from "@/lib/glossary/term";
import { toGlossaryTermView } from "./load-glossary";

/** What a glossary write needs of `db` or of its transaction. */
export type GlossaryClient = Pick<Database, "glossaryTerm" | "glossaryVersion">;

/** Marks the glossary changed; call inside every glossary write's transaction. */
export async function bumpGlossaryVersion(tx: GlossaryClient): Promise<void> {
  await tx.glossaryVersion.upsert({ where: { id: 1 }, create: { id: 1, version: 1 }, update: { version: { increment: 1 } } });
}

async function currentVersion(): Promise<number> {
  return (await db.glossaryVersion.findUnique({ where: { id: 1 } }))?.version ?? 0;
}

/** Rows read per query while loading a large glossary, so other requests run between pages. */
const pageSize = 5000;

/** The glossary by term (as loadGlossary orders it), read a page at a time. */
async function loadGlossaryInPages(): Promise<GlossaryTerm[]> {
  const terms: GlossaryTerm[] = [];
  for (let after = 0; ; ) {
    const rows = await db.glossaryTerm.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: pageSize });
    for (const row of rows) {
      const { term, forbidden, originalTerm, note } = toGlossaryTermView(row);
      terms.push({ term, forbidden, originalTerm, note });
    }
    if (rows.length < pageSize) break;
    after = rows[rows.length - 1].id;
  }
  return terms.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

let cached: { version: number; matcher: Promise<GlossaryMatcher> } | null = null;

/**
 * The glossary's matcher, built once per glossary version and kept in memory. Each call reads the
 * version (one indexed row), so a write on another instance is seen by the next check.
 */
export async function loadGlossaryMatcher(): Promise<GlossaryMatcher> {
  return glossaryMatcherAt(await currentVersion());
}

/** The matcher of glossary version `version`, read by the caller (the article page reads it with the article). */
export function glossaryMatcherAt(version: number): Promise<GlossaryMatcher> {
  if (cached?.version !== version) {
    const matcher = loadGlossaryInPages().then((terms) => GlossaryMatcher.build(terms));
    cached = { version, matcher };
    // A failed load is not kept: the next call tries again.
    matcher.catch(() => {
      if (cached?.matcher === matcher) cached = null;
    });
  }
  return cached.matcher;
}
