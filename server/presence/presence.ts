import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { presenceTtlMs, type PresenceView } from "@/lib/live-events";
import type { Actor } from "@/server/auth/actor";
import { requireArticle } from "@/server/articles/require-article";
import { db } from "@/server/db";
import { recordEvent } from "@/server/events/record-event";

// Who has an article open, in the database so every instance sees the same. Advisory only: nothing
// is ever refused because someone else is present.

export const presenceBody = z.object({
  tabId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "8 to 64 letters, digits, - or _"),
  sentenceId: z.number().int().positive().nullable().default(null),
});

export const tabIdParam = presenceBody.shape.tabId;

/** Everyone present in the article now (fresh within the time-to-live), longest present first. */
export async function listPresence(articleId: number): Promise<PresenceView[]> {
  await requireArticle(db, articleId);
  const rows = await db.presence.findMany({
    where: { articleId, seenAt: { gte: new Date(Date.now() - presenceTtlMs) } },
    orderBy: { id: "asc" },
    take: 200,
  });
  const people = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.userId))] } }, select: { id: true, name: true } });
  const names = new Map(people.map((person) => [person.id, person.name]));
  return rows.map((row) => ({
    userId: row.userId,
    name: names.get(row.userId) ?? "someone",
    tabId: row.tabId,
    sentenceId: row.sentenceId,
    seenAt: row.seenAt.toISOString(),
  }));
}

/** A tab's heartbeat: it is here, in `sentenceId` (or none). Answers with everyone present. */
export async function touchPresence(options: { actor: Actor; articleId: number; input: z.infer<typeof presenceBody> }): Promise<PresenceView[]> {
  const { actor, articleId, input } = options;
  await requireArticle(db, articleId);
  if (input.sentenceId !== null) {
    const sentence = await db.sentence.findFirst({ where: { id: input.sentenceId, articleId }, select: { id: true } });
    if (!sentence) throw new AppError("unprocessable", `No sentence with id ${input.sentenceId} in this article.`);
  }
  const now = new Date();
  const key = { articleId_userId_tabId: { articleId, userId: actor.id, tabId: input.tabId } };
  const data = { sentenceId: input.sentenceId, seenAt: now };
  const before = await db.presence.findUnique({ where: key, select: { sentenceId: true, seenAt: true } });
  try {
    await db.presence.upsert({ where: key, update: data, create: { articleId, userId: actor.id, tabId: input.tabId, ...data } });
  } catch {
    // Two heartbeats of one tab raced to create the row: the other one made it.
    await db.presence.update({ where: key, data });
  }
  // Others hear of an arrival or a move at once (a plain heartbeat is not an event).
  const arrived = !before || before.seenAt.getTime() < now.getTime() - presenceTtlMs;
  if (arrived || before.sentenceId !== input.sentenceId) {
    await recordEvent(db, { articleId, type: "presence", action: arrived ? "joined" : "moved", sentenceId: input.sentenceId ?? undefined, actorId: actor.id });
  }
  // Tabs gone for long are forgotten (they are already invisible after the time-to-live).
  await db.presence.deleteMany({ where: { articleId, seenAt: { lt: new Date(now.getTime() - 10 * presenceTtlMs) } } });
  return listPresence(articleId);
}

/** A closing tab leaves at once. */
export async function leavePresence(options: { actor: Actor; articleId: number; tabId: string }): Promise<void> {
  const { count } = await db.presence.deleteMany({ where: { articleId: options.articleId, userId: options.actor.id, tabId: options.tabId } });
  if (count > 0) await recordEvent(db, { articleId: options.articleId, type: "presence", action: "left", actorId: options.actor.id });
}
