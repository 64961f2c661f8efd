import "server-only";
import type { ArticleView, CommentView } from "@/lib/api-types";
import { firstScreenSentences, wholeArticleUpTo } from "@/lib/api/compact-sentences";
import { AppError } from "@/lib/errors";
import { articleGlossaryMarks, type ArticleGlossaryMarks } from "@/lib/glossary/marks";
import { toArticleState } from "@/lib/workflow";
import type { AnnotationView } from "@/server/annotations/annotation-view";
import { listAnnotations } from "@/server/annotations/list-annotations";
import type { Actor } from "@/server/auth/actor";
import { listComments } from "@/server/comments/list-comments";
import { db } from "@/server/db";
import { glossaryMatcherAt } from "@/server/glossary/glossary-version";
import { listSentenceViews } from "@/server/sentences/list-sentence-views";

// What the article page shows before anything else, read in two queries on the path every editor waits on
// (bench/workspace.ts): the article with its people and counts, then its first sentences. Portable SQL
// (quoted identifiers, scalar subqueries), because through Prisma the same reads took six queries, each
// compiled afresh, and about 5 ms of the page's 12 ms on the server (bench/article-page.ts). The comments
// and annotations, which most articles do not have yet, are read only when the counts say there are some.

export interface ArticlePage {
  /** A long article holds only its first screen of sentences (see `wholeArticleUpTo`). */
  article: ArticleView & { sentenceCount: number };
  comments: CommentView[];
  annotations: AnnotationView[];
  glossary: ArticleGlossaryMarks;
}

type Count = number | bigint;

interface HeadRow {
  id: Count;
  title: string;
  sourceLang: string;
  targetLang: string;
  mtEngine: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  state: string;
  createdById: Count;
  createdByName: string;
  createdByEmail: string;
  editorId: Count | null;
  editorName: string | null;
  reviewerId: Count | null;
  reviewerName: string | null;
  sentenceCount: Count;
  openComments: Count;
  comments: Count;
  annotations: Count;
  glossaryVersion: Count | null;
}

function readHead(articleId: number): Promise<HeadRow[]> {
  return db.$queryRaw<HeadRow[]>`
    SELECT a."id", a."title", a."sourceLang", a."targetLang", a."mtEngine", a."createdAt", a."updatedAt", a."state",
           c."id" AS "createdById", c."name" AS "createdByName", c."email" AS "createdByEmail",
           e."id" AS "editorId", e."name" AS "editorName", r."id" AS "reviewerId", r."name" AS "reviewerName",
           (SELECT COUNT(*) FROM "Sentence" s WHERE s."articleId" = a."id" AND s."removedAt" IS NULL) AS "sentenceCount",
           (SELECT COUNT(*) FROM "Comment" k JOIN "Sentence" s ON s."id" = k."sentenceId"
             WHERE k."articleId" = a."id" AND k."parentId" IS NULL AND k."resolvedAt" IS NULL AND s."removedAt" IS NULL) AS "openComments",
           (SELECT COUNT(*) FROM "Comment" k WHERE k."articleId" = a."id") AS "comments",
           (SELECT COUNT(*) FROM "Annotation" n WHERE n."articleId" = a."id" AND n."deletedAt" IS NULL) AS "annotations",
           (SELECT g."version" FROM "GlossaryVersion" g WHERE g."id" = 1) AS "glossaryVersion"
    FROM "Article" a
    JOIN "User" c ON c."id" = a."createdById"
    LEFT JOIN "User" e ON e."id" = a."editorId"
    LEFT JOIN "User" r ON r."id" = a."reviewerId"
    WHERE a."id" = ${articleId}`;
}

/** The article page's data for `actor`; an unknown article is `not_found`. */
export async function loadArticlePage(actor: Actor, articleId: number): Promise<ArticlePage> {
  const [head] = await readHead(articleId);
  if (!head) throw new AppError("not_found", `No article with id ${articleId}.`);
  const sentenceCount = Number(head.sentenceCount);
  const [sentences, comments, annotations, matcher] = await Promise.all([
    listSentenceViews(db, articleId, sentenceCount > wholeArticleUpTo ? firstScreenSentences : undefined),
    Number(head.comments) > 0 ? listComments(articleId) : [],
    Number(head.annotations) > 0 ? listAnnotations(actor, articleId) : [],
    glossaryMatcherAt(Number(head.glossaryVersion ?? 0)),
  ]);
  const article = {
    id: Number(head.id),
    title: head.title,
    sourceLang: head.sourceLang,
    targetLang: head.targetLang,
    mtEngine: head.mtEngine,
    createdAt: new Date(head.createdAt).toISOString(),
    updatedAt: new Date(head.updatedAt).toISOString(),
    createdBy: { id: Number(head.createdById), name: head.createdByName, email: head.createdByEmail },
    sentences,
    state: toArticleState(head.state),
    editor: head.editorId === null ? null : { id: Number(head.editorId), name: head.editorName ?? "" },
    reviewer: head.reviewerId === null ? null : { id: Number(head.reviewerId), name: head.reviewerName ?? "" },
    openComments: Number(head.openComments),
    sentenceCount,
  };
  return { article, comments, annotations, glossary: articleGlossaryMarks(matcher, sentences.map((sentence) => sentence.sourceText)) };
}
