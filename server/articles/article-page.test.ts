import { beforeAll, describe, expect, it } from "vitest";
import { firstScreenSentences, wholeArticleUpTo } from "@/lib/api/compact-sentences";
import { parsePlainText } from "@/lib/import/text";
import { useThrowawayDatabase } from "@/tests/support/test-database";

// The article page reads its data in portable SQL (article-page.ts): it must give exactly what the
// Prisma reads it replaced give, on both databases.
useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importDocument } = await import("@/server/articles/import-article");
const { getArticle } = await import("@/server/articles/get-article");
const { addComment } = await import("@/server/comments/add-comment");
const { resolveThread } = await import("@/server/comments/resolve-thread");
const { listComments } = await import("@/server/comments/list-comments");
const { createAnnotation } = await import("@/server/annotations/create-annotation");
const { deleteAnnotation } = await import("@/server/annotations/delete-annotation");
const { listAnnotations } = await import("@/server/annotations/list-annotations");
const { createGlossaryTerm } = await import("@/server/glossary/create-glossary-term");
const { listArticleGlossaryMarks } = await import("@/server/glossary/article-glossary-marks");
const { loadArticlePage } = await import("./article-page");

const editor = { id: 0, email: "ed@test", name: "Eddie", role: "EDITOR" as const };
const reviewer = { id: 0, email: "re@test", name: "Rita", role: "REVIEWER" as const };
let short = 0;
let long = 0;
let bare = 0;

function text(count: number): string {
  return Array.from({ length: count }, (_, i) => `Sentence number ${i + 1} about Imran Kahn.`).join(" ");
}

/** What the page showed before: the Prisma reads, cut to the first screen as the page cuts them. */
async function expected(articleId: number) {
  const article = await getArticle(articleId);
  const sentenceCount = article.sentences.length;
  const sentences = sentenceCount > wholeArticleUpTo ? article.sentences.slice(0, firstScreenSentences) : article.sentences;
  return {
    article: { ...article, sentences, sentenceCount },
    comments: await listComments(articleId),
    annotations: await listAnnotations(editor, articleId),
    glossary: await listArticleGlossaryMarks(sentences),
  };
}

beforeAll(async () => {
  for (const actor of [editor, reviewer]) {
    actor.id = (await db.user.create({ data: { email: actor.email, name: actor.name, role: actor.role, passwordHash: "x" } })).id;
  }
  short = await importDocument({ actor: editor, doc: parsePlainText(`Short\n\n${text(6)}`, { titleFromFirstLine: true }) });
  long = await importDocument({ actor: editor, doc: parsePlainText(`Long\n\n${text(wholeArticleUpTo + 5)}`, { titleFromFirstLine: true }) });
  bare = await importDocument({ actor: editor, doc: parsePlainText(`Bare\n\n${text(3)}`, { titleFromFirstLine: true }) });
  await createGlossaryTerm({ term: "Imran Khan", forbidden: ["Imran Kahn"] });
  for (const articleId of [short, long]) {
    await db.article.update({ where: { id: articleId }, data: { editorId: editor.id, reviewerId: reviewer.id } });
    const [first, second, third] = await db.sentence.findMany({ where: { articleId, block: "p" }, orderBy: { position: "asc" }, take: 3 });
    const open = await addComment({ actor: editor, sentenceId: first.id, input: { body: "Check the name." } });
    await addComment({ actor: reviewer, sentenceId: first.id, input: { body: "Done.", parentId: open.id } });
    const resolved = await addComment({ actor: reviewer, sentenceId: second.id, input: { body: "Fine now." } });
    await resolveThread({ actor: reviewer, commentId: resolved.id, resolved: true });
    await addComment({ actor: editor, sentenceId: third.id, input: { body: "On a sentence about to go." } });
    await createAnnotation({ actor: reviewer, sentenceId: first.id, input: { target: "source", start: 0, end: 8, category: "Accuracy/Mistranslation", severity: "Major" } });
    const gone = await createAnnotation({ actor: reviewer, sentenceId: second.id, input: { target: "source", start: 0, end: 8, category: "Fluency/Spelling", severity: "Minor" } });
    await deleteAnnotation({ actor: reviewer, annotationId: gone.id });
    await createAnnotation({ actor: editor, sentenceId: third.id, input: { target: "source", start: 0, end: 8, category: "Fluency/Spelling", severity: "Minor" } });
    await db.sentence.update({ where: { id: third.id }, data: { removedAt: new Date() } });
  }
});

describe("the article page's data", () => {
  it("is what the Prisma reads give for a short article: every sentence, its people, comments, annotations and glossary marks", async () => {
    const page = await loadArticlePage(editor, short);
    expect(page).toEqual(await expected(short));
    expect(page.article).toMatchObject({ title: "Short", sentenceCount: 6, openComments: 1, editor: { id: editor.id, name: "Eddie" }, reviewer: { id: reviewer.id, name: "Rita" } });
    expect(page.article.createdBy).toEqual({ id: editor.id, name: "Eddie", email: "ed@test" });
    // Comments on a removed sentence stay in the list (the history keeps them); its open thread is not counted.
    expect(page.comments).toHaveLength(4);
    expect(page.annotations).toHaveLength(1);
    expect(page.glossary.entries.map((term) => term.term)).toEqual(["Imran Khan"]);
  });

  it("holds a long article's first screen of sentences and counts them all", async () => {
    const page = await loadArticlePage(editor, long);
    expect(page).toEqual(await expected(long));
    expect(page.article.sentences).toHaveLength(firstScreenSentences);
    expect(page.article.sentenceCount).toBe(wholeArticleUpTo + 5);
  });

  it("gives an article nobody has commented on or annotated empty lists, and no assignees", async () => {
    const page = await loadArticlePage(editor, bare);
    expect(page).toEqual(await expected(bare));
    expect(page).toMatchObject({ comments: [], annotations: [], article: { editor: null, reviewer: null, openComments: 0 } });
  });

  it("marks a glossary term added since the last read", async () => {
    await createGlossaryTerm({ term: "Short", forbidden: [] });
    const page = await loadArticlePage(editor, short);
    expect(page.glossary.entries.map((term) => term.term).sort()).toEqual(["Imran Khan", "Short"]);
  });

  it("answers not_found for an unknown article", async () => {
    await expect(loadArticlePage(editor, 987_654)).rejects.toMatchObject({ code: "not_found" });
  });
});
