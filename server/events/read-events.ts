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
 * delivered), oldest first, with author names and, for sentence events, the sentence as it is now.
 */
export async function readEvents(articleId: number, after: number, options: { lookback: boolean }): Promise<LiveEventView[]> {
  const recent = { id: { gt: Math.max(0, after - lookbackIds), lte: after }, createdAt: { gte: new Date(Date.now() - lookbackMs) } };
  const rows = await db.liveEvent.findMany({
    where: { articleId, OR: options.lookback ? [{ id: { gt: after } }, recent] : [{ id: { gt: after } }] },
    orderBy: { id: "asc" },
    take: pageSize,
  });
  if (rows.length === 0) return [];
  const people = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.actorId))] } }, select: { id: true, name: true } });
  const names = new Map(people.map((person) => [person.id, person.name]));
  const sentences = new Map<number, LiveEventView["sentence"]>();
  for (const id of new Set(rows.flatMap((row) => (row.type === "sentence" && row.sentenceId ? [row.sentenceId] : [])))) {
    sentences.set(id, await findSentenceView(db, id).catch(() => undefined));
  }
  return rows.map((row) => ({
    id: row.id,
    articleId: row.articleId,
    type: toType(row.type),
    action: row.action,
    sentenceId: row.sentenceId,
    version: row.version,
    targetId: row.targetId,
    by: { id: row.actorId, name: names.get(row.actorId) ?? "someone" },
    at: row.createdAt.toISOString(),
    ...(row.sentenceId && sentences.get(row.sentenceId) ? { sentence: sentences.get(row.sentenceId) } : {}),
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
