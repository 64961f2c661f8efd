import "server-only";
import { liveEventTypes, type LiveEventType, type LiveEventView } from "@/lib/live-events";
import { db } from "@/server/db";
import { findSentenceView } from "@/server/sentences/sentence-view";

/** How far back (in ids) a stream looks for events that committed after later ones (PostgreSQL). */
export const lookbackIds = 200;
/** ... and for how long (a transaction that took longer is delivered on the next connect at the latest). */
export const lookbackMs = 60_000;
/** At most this many events per read; the stream reads again at once when it got that many. */
export const pageSize = 200;

const toType = (value: string): LiveEventType => (liveEventTypes as readonly string[]).includes(value) ? (value as LiveEventType) : "sentence";

/**
 * The article's events after `after`, plus recent ones in the look-back window (the caller skips those it
 * delivered, or passes in `delivered`), oldest first, with author names and, for sentence events, the sentence as it is now.
 */
export async function readEvents(
  articleId: number,
  after: number,
  options: { lookback: boolean; delivered?: ReadonlySet<number> },
): Promise<LiveEventView[]> {
  // The database leaves out what the stream already sent, so a busy minute (a find and replace over 200
  // sentences) cannot fill the page with delivered events and hold back the new ones.
  const delivered = [...(options.delivered ?? [])].filter((id) => id > after - lookbackIds && id <= after);
  const recent = {
    id: { gt: Math.max(0, after - lookbackIds), lte: after, ...(delivered.length > 0 ? { notIn: delivered } : {}) },
    createdAt: { gte: new Date(Date.now() - lookbackMs) },
  };
  const rows = await db.liveEvent.findMany({
    where: { articleId, OR: options.lookback ? [{ id: { gt: after } }, recent] : [{ id: { gt: after } }] },
    orderBy: { id: "asc" },
    take: pageSize,
  });
  if (rows.length === 0) return [];
  const people = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.actorId))] } }, select: { id: true, name: true, email: true } });
  const byId = new Map(people.map((person) => [person.id, person]));
  const sentences = new Map<number, LiveEventView["sentence"]>();
  const ids = [...new Set(rows.flatMap((row) => (row.type === "sentence" && row.sentenceId ? [row.sentenceId] : [])))];
  for (const id of ids) sentences.set(id, await findSentenceView(db, id).catch(() => undefined));
  const removed = new Set(
    (await db.sentence.findMany({ where: { id: { in: ids }, removedAt: { not: null } }, select: { id: true } })).map((s) => s.id),
  );
  return rows.map((row) => ({
    id: row.id,
    articleId: row.articleId,
    type: toType(row.type),
    action: row.action,
    sentenceId: row.sentenceId,
    version: row.version,
    targetId: row.targetId,
    by: byId.get(row.actorId) ?? { id: row.actorId, name: "someone", email: "" },
    at: row.createdAt.toISOString(),
    ...(row.sentenceId && sentences.get(row.sentenceId) ? { sentence: sentences.get(row.sentenceId), removed: removed.has(row.sentenceId) } : {}),
  }));
}

/** Ids of the article's recent events up to `upTo`: what a resumed stream must not send again. */
export async function recentEventIds(articleId: number, upTo: number): Promise<number[]> {
  const rows = await db.liveEvent.findMany({
    where: { articleId, id: { gt: Math.max(0, upTo - lookbackIds), lte: upTo } },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
