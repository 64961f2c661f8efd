import "server-only";
import type { LiveEventType } from "@/lib/live-events";
import { databaseProvider } from "@/server/database-url";
import type { Transaction } from "@/server/db";
import { eventHub, notifyChannel } from "./hub";

export interface NewLiveEvent {
  articleId: number;
  type: LiveEventType;
  action: string;
  actorId: number;
  sentenceId?: number;
  version?: number;
  targetId?: number;
}

/** What recordEvent needs: `db` or a transaction. */
export type EventWriter = Pick<Transaction, "liveEvent" | "$executeRaw">;

/**
 * Appends a live event. Call it inside the transaction that makes the change, so the event exists
 * exactly when the change does. Other instances hear of it through NOTIFY, delivered on commit.
 * (A save writes its event in its own batch: server/sentences/save-statements.ts.)
 */
export async function recordEvent(tx: EventWriter, event: NewLiveEvent): Promise<void> {
  const { id } = await tx.liveEvent.create({ data: event, select: { id: true } });
  await announceEvent(tx, event.articleId, id);
}

/**
 * Tells the streams of every instance that article `articleId` has event `id`: from inside the writing
 * transaction (PostgreSQL delivers the NOTIFY on commit) or after it has committed.
 */
export async function announceEvent(client: Pick<Transaction, "$executeRaw">, articleId: number, id: number): Promise<void> {
  if (databaseProvider() === "postgresql") {
    await client.$executeRaw`SELECT pg_notify(${notifyChannel}, ${`${articleId}:${id}`})`;
  } else {
    // After the current transaction has had a chance to commit; streams also re-read until they see it.
    setTimeout(() => eventHub.wake(articleId, id), 5);
  }
}
