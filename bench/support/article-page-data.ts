// The article page's data, through loadArticlePage and through the Prisma reads it replaced, against raw
// better-sqlite3 (see bench/article-page.ts, which runs this with the react-server condition).
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { firstScreenSentences, wholeArticleUpTo } from "../../lib/api/compact-sentences";
import { parsePlainText } from "../../lib/import/text";
import { alternate, articleText, report, timed } from "./measure";

const dir = mkdtempSync(path.join(tmpdir(), "redline-bench-page-"));
const file = path.join(dir, "bench.db");
process.env.DATABASE_URL = `file:${file}`;
execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "pipe" });

const { db } = await import("../../server/db");
const { importDocument } = await import("../../server/articles/import-article");
const { loadArticlePage } = await import("../../server/articles/article-page");
const { listSentenceViews } = await import("../../server/sentences/list-sentence-views");
const { openCommentCounts } = await import("../../server/comments/open-comments");
const { listComments } = await import("../../server/comments/list-comments");
const { addComment } = await import("../../server/comments/add-comment");
const { listAnnotations } = await import("../../server/annotations/list-annotations");
const { createAnnotation } = await import("../../server/annotations/create-annotation");
const { listArticleGlossaryMarks } = await import("../../server/glossary/article-glossary-marks");

const user = await db.user.create({ data: { email: "bench@page", name: "Bench", role: "EDITOR", passwordHash: "x" } });
const actor = { id: user.id, email: user.email, name: user.name, role: "EDITOR" as const };
const fresh = await importDocument({ actor, doc: parsePlainText(`Fresh\n\n${articleText(1000)}`, { titleFromFirstLine: true }) });
const discussed = await importDocument({ actor, doc: parsePlainText(`Discussed\n\n${articleText(1000, 7)}`, { titleFromFirstLine: true }) });
for (const sentence of await db.sentence.findMany({ where: { articleId: discussed, block: "p" }, orderBy: { position: "asc" }, take: 10 })) {
  await addComment({ actor, sentenceId: sentence.id, input: { body: "Check this." } });
  await createAnnotation({ actor, sentenceId: sentence.id, input: { target: "source", start: 0, end: 3, category: "Fluency/Spelling", severity: "Minor" } });
}

/** The reads the page made through Prisma before article-page.ts (get-article.ts at 9cba25c). */
async function prismaReads(articleId: number) {
  const count = await db.sentence.count({ where: { articleId, removedAt: null } });
  const [article, comments, annotations] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, include: { createdBy: { select: { id: true, name: true, email: true } }, editor: { select: { id: true, name: true } }, reviewer: { select: { id: true, name: true } } } }),
    listComments(articleId),
    listAnnotations(actor, articleId),
  ]);
  const [sentences, open] = await Promise.all([listSentenceViews(db, articleId, count > wholeArticleUpTo ? firstScreenSentences : undefined), openCommentCounts([articleId])]);
  return { article, sentences, open, comments, annotations, glossary: await listArticleGlossaryMarks(sentences) };
}

// The baseline: the page's two statements, prepared once, on raw better-sqlite3.
const sqlite = new Database(file, { readonly: true });
const head = sqlite.prepare(`
  SELECT a."id", a."title", a."state", c."name", e."name", r."name", -- the statement of article-page.ts
         (SELECT COUNT(*) FROM "Sentence" s WHERE s."articleId" = a."id" AND s."removedAt" IS NULL) AS "sentenceCount",
         (SELECT COUNT(*) FROM "Comment" k JOIN "Sentence" s ON s."id" = k."sentenceId"
           WHERE k."articleId" = a."id" AND k."parentId" IS NULL AND k."resolvedAt" IS NULL AND s."removedAt" IS NULL) AS "openComments",
         (SELECT COUNT(*) FROM "Comment" k WHERE k."articleId" = a."id") AS "comments",
         (SELECT COUNT(*) FROM "Annotation" n WHERE n."articleId" = a."id" AND n."deletedAt" IS NULL) AS "annotations",
         (SELECT g."version" FROM "GlossaryVersion" g WHERE g."id" = 1) AS "glossaryVersion"
  FROM "Article" a JOIN "User" c ON c."id" = a."createdById" LEFT JOIN "User" e ON e."id" = a."editorId" LEFT JOIN "User" r ON r."id" = a."reviewerId"
  WHERE a."id" = ?`);
const sentences = sqlite.prepare(`
  SELECT s.*, r."kind", r."createdAt", u."id", u."name", u."email" FROM "Sentence" s
  LEFT JOIN "Revision" r ON r."id" = (SELECT MAX(r2."id") FROM "Revision" r2 WHERE r2."sentenceId" = s."id" AND r2."version" = s."version")
  LEFT JOIN "User" u ON u."id" = r."authorId"
  WHERE s."articleId" = ? AND s."removedAt" IS NULL ORDER BY s."position", s."id" LIMIT ?`);
const raw = async (articleId: number) => [head.get(articleId), sentences.all(articleId, firstScreenSentences)];

const rounds = Number(process.env.BENCH_RUNS ?? 400);
console.log(`Article page data, 1,000-sentence article, ${rounds} alternated runs each (load ${loadavg().map((l) => l.toFixed(2)).join(" ")} on ${cpus().length} cores)`);
for (const [label, articleId] of [["fresh", fresh], ["10 comments, 10 annotations", discussed]] as const) {
  for (const [name, subject] of [["loadArticlePage (now)", () => loadArticlePage(actor, articleId)], ["Prisma reads (before)", () => prismaReads(articleId)]] as const) {
    for (let i = 0; i < 50; i++) await subject();
    const { baseline, subject: times } = await alternate(() => timed(() => raw(articleId)), () => timed(subject), rounds);
    report(`${name}, ${label}`, "ms", times, baseline);
  }
}
sqlite.close();
await db.$disconnect();
rmSync(dir, { recursive: true, force: true });
