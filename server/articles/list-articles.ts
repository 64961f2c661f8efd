import "server-only";
import { toArticleState, type ArticleState } from "@/lib/workflow";
import { openCommentCounts } from "@/server/comments/open-comments";
import { db } from "@/server/db";

export interface ArticleSummary {
  id: number;
  title: string;
  sourceLang: string;
  targetLang: string;
  createdAt: string;
  sentenceCount: number;
  /** Sentences whose correction differs from the MT. */
  editedCount: number;
  confirmedCount: number;
  /** Share of sentences edited, 0–100. */
  percentEdited: number;
  lastChange: { at: string; by: string } | null;
  state: ArticleState;
  editorId: number | null;
  reviewerId: number | null;
  /** Unresolved comment threads. */
  openComments: number;
}

/** Articles, newest first, with their progress and last change; `assignedTo` keeps those a user edits or reviews. */
export async function listArticles(limit = 200, filter: { assignedTo?: number } = {}): Promise<ArticleSummary[]> {
  const where = filter.assignedTo === undefined ? {} : { OR: [{ editorId: filter.assignedTo }, { reviewerId: filter.assignedTo }] };
  const articles = await db.article.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
  const ids = articles.map((article) => article.id);
  const counts = await db.sentence.groupBy({ by: ["articleId", "status"], where: { articleId: { in: ids }, removedAt: null }, _count: { _all: true } });
  // Edited = the correction differs from the MT, whatever the status says.
  const changed = await db.sentence.groupBy({
    by: ["articleId"],
    where: { articleId: { in: ids }, removedAt: null, NOT: { text: { equals: db.sentence.fields.sourceText } } },
    _count: { _all: true },
  });
  // The last revision of each article in two queries, not one per article.
  const latest = await db.revision.groupBy({ by: ["articleId"], where: { articleId: { in: ids } }, _max: { id: true } });
  const lastIds = latest.flatMap((row) => (row._max.id === null ? [] : [row._max.id]));
  const lastRows = await db.revision.findMany({ where: { id: { in: lastIds } }, select: { articleId: true, createdAt: true, author: { select: { name: true } } } });
  const lastRevisions = new Map(lastRows.map((row) => [row.articleId, row]));
  const openComments = await openCommentCounts(ids);
  return articles.map((article) => {
    const mine = counts.filter((row) => row.articleId === article.id);
    const count = (status: string) => mine.find((row) => row.status === status)?._count._all ?? 0;
    const sentenceCount = mine.reduce((sum, row) => sum + row._count._all, 0);
    const editedCount = changed.find((row) => row.articleId === article.id)?._count?._all ?? 0;
    const last = lastRevisions.get(article.id);
    return {
      id: article.id,
      title: article.title,
      sourceLang: article.sourceLang,
      targetLang: article.targetLang,
      createdAt: article.createdAt.toISOString(),
      sentenceCount,
      editedCount,
      confirmedCount: count("CONFIRMED"),
      percentEdited: sentenceCount ? Math.round((100 * editedCount) / sentenceCount) : 0,
      lastChange: last ? { at: last.createdAt.toISOString(), by: last.author.name } : null,
      state: toArticleState(article.state),
      editorId: article.editorId,
      reviewerId: article.reviewerId,
      openComments: openComments.get(article.id) ?? 0,
    };
  });
}
