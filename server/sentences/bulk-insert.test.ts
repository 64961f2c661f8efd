import { describe, expect, it } from "vitest";
import { useThrowawayDatabase } from "@/tests/support/test-database";

// The import's one provider-specific statement: rows travel as a JSON parameter. Runs on SQLite and,
// with TEST_DATABASE=postgresql (npm run test:pg), on PostgreSQL.
useThrowawayDatabase();
const { db } = await import("@/server/db");
const { insertImportedSentences } = await import("./bulk-insert");
const { mtHash } = await import("@/server/memory/memory-key");

const tricky = [
  `Imran Kahn said "no" — O'Brien's \\path\\ {"json": [1, 2]} $[0] 'quoted'.`,
  "Émigrés in Köln, 東京 and القاهرة 🙂 met.",
  "   Leading and trailing spaces kept   ",
  "null",
  "123",
];

describe("inserting an imported article's sentences", () => {
  it("stores every field exactly, in order, each with its IMPORT revision", async () => {
    const author = await db.user.create({ data: { email: "bulk@test", name: "Bulk", role: "EDITOR", passwordHash: "x" } });
    const article = await db.article.create({ data: { title: "Bulk", sourceLang: "fr", targetLang: "en", createdById: author.id } });
    const rows = tricky.map((text, index) => ({
      position: index * 1024,
      paragraph: Math.floor(index / 2),
      block: index === 0 ? "h1" : "p",
      prefix: index === 0 ? "# " : "",
      trailing: index === tricky.length - 1 ? "" : "\n",
      sourceText: text,
      text,
      hter: 0,
      originalText: index === 1 ? "Des émigrés à Cologne…" : null,
    }));
    await db.$transaction((tx) => insertImportedSentences(tx, article.id, rows, author.id));

    const stored = await db.sentence.findMany({ where: { articleId: article.id }, orderBy: { position: "asc" }, include: { revisions: true } });
    expect(stored.map((s) => ({ position: s.position, paragraph: s.paragraph, block: s.block, prefix: s.prefix, trailing: s.trailing, sourceText: s.sourceText, text: s.text, hter: s.hter, originalText: s.originalText }))).toEqual(rows);
    expect(stored.map((s) => [s.status, s.version, s.mtHash])).toEqual(tricky.map((text) => ["UNTOUCHED", 1, mtHash(text)]));
    expect(stored.every((s) => s.createdAt.getTime() === stored[0].createdAt.getTime() && Math.abs(s.createdAt.getTime() - Date.now()) < 60_000)).toBe(true);
    expect(stored.map((s) => s.revisions.map((r) => ({ kind: r.kind, version: r.version, text: r.text, status: r.status, authorId: r.authorId, articleId: r.articleId })))).toEqual(
      tricky.map((text) => [{ kind: "IMPORT", version: 1, text, status: "UNTOUCHED", authorId: author.id, articleId: article.id }]),
    );
  });
});
