import "server-only";
import { db } from "@/server/db";
import { retryOnDeadlock } from "@/server/retry-deadlock";
import { rememberCorrection } from "./remember-correction";

// The correction memory follows each sentence's latest text, a moment after the save instead of inside
// it. An editor's autosaves come every few seconds while they type; the memory needs only the last text
// of each burst, and its work (a TER alignment, the substitutions, the learned-fix counts) was more than
// half of a save's time. So a save queues the sentence, and the queue is written `memoryDelayMs` later, one
// short transaction per sentence, coalescing the saves that came meanwhile.
//
// - Every memory read in this process (suggestions, search, learned fixes, checks, TMX, effort) calls
//   `memoryUpToDate()` first, so it sees every save this process has acknowledged.
// - Another instance (PostgreSQL) sees a save's memory after at most `memoryDelayMs`.
// - A crash loses only the queue: the first flush after a start compares the memory with the sentences
//   and redoes what is missing (`reconcile`), so nothing stays behind.
// - The queue is written from the sentence as it is at flush time; a save whose transaction rolled back
//   (a find and replace that failed later) leaves the memory as it was.

/** How long after a save its sentence's memory is written (saves of the same sentence meanwhile share it). */
export const memoryDelayMs = 1_000;
/** Sentences written per flush transaction. */
const batchSize = 50;

interface Pending {
  text: string;
  authorId: number;
}

const state = globalThis as typeof globalThis & {
  redlineMemoryQueue?: { pending: Map<number, Pending>; timer: NodeJS.Timeout | null; running: Promise<void> | null; reconciled: boolean };
};
const queue = (state.redlineMemoryQueue ??= { pending: new Map(), timer: null, running: null, reconciled: false });

/** Called by a write that changed a sentence's text (inside its transaction; nothing is read or written here). */
export function queueCorrection(sentenceId: number, text: string, authorId: number): void {
  queue.pending.set(sentenceId, { text, authorId });
  if (!queue.timer) {
    queue.timer = setTimeout(() => void memoryUpToDate().catch((error) => console.error("Correction memory: update failed", error)), memoryDelayMs);
    queue.timer.unref();
  }
}

/** Writes everything queued so far (and, once per process, what a crash left behind). */
export async function memoryUpToDate(): Promise<void> {
  // One flush at a time; a caller arriving during one waits for it and then flushes what came after.
  while (queue.running) await queue.running;
  if (queue.pending.size === 0 && queue.reconciled) return;
  if (queue.timer) clearTimeout(queue.timer);
  queue.timer = null;
  const batch = [...queue.pending];
  queue.pending.clear();
  // When a flush fails, the next one compares the whole memory again, so the lost batch is redone.
  queue.running = flush(batch)
    .catch((error) => {
      queue.reconciled = false;
      throw error;
    })
    .finally(() => (queue.running = null));
  await queue.running;
}

async function flush(batch: [number, Pending][]): Promise<void> {
  if (!queue.reconciled) {
    for (const id of await outOfStep()) if (!batch.some(([queued]) => queued === id)) batch.push([id, { text: "", authorId: 0 }]);
  }
  for (let start = 0; start < batch.length; start += batchSize) {
    const slice = batch.slice(start, start + batchSize);
    // Another instance's flush may count the same learned fixes in another order: a deadlock's victim runs again.
    await retryOnDeadlock(() =>
      db.$transaction(async (tx) => {
        for (const [sentenceId, pending] of slice) await rememberCurrent(tx, sentenceId, pending);
      }),
    );
  }
  queue.reconciled = true;
}

/** The sentence's memory from the sentence as it is now; a queued text that is no longer there is skipped. */
async function rememberCurrent(tx: Parameters<typeof rememberCorrection>[0], sentenceId: number, pending: Pending): Promise<void> {
  const sentence = await tx.sentence.findUnique({
    where: { id: sentenceId },
    select: { articleId: true, sourceText: true, text: true, removedAt: true, article: { select: { sourceLang: true, targetLang: true } } },
  });
  if (!sentence || sentence.removedAt) return;
  // From a reconcile (authorId 0): the author of the text is the last revision's.
  const reconciling = pending.authorId === 0;
  if (!reconciling && sentence.text !== pending.text) return;
  const authorId = reconciling ? (await tx.revision.findFirst({ where: { sentenceId }, orderBy: { version: "desc" }, select: { authorId: true } }))?.authorId : pending.authorId;
  if (authorId === undefined) return;
  await rememberCorrection(tx, {
    sentenceId,
    articleId: sentence.articleId,
    sourceText: sentence.sourceText,
    sourceLang: sentence.article.sourceLang,
    targetLang: sentence.article.targetLang,
    text: sentence.text,
    authorId,
  });
}

/** Sentences whose memory entry does not hold their text, or that are back to the MT with an entry left (a crash between a save and its flush). */
async function outOfStep(): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT s."id" FROM "Sentence" s LEFT JOIN "MemoryEntry" m ON m."sentenceId" = s."id"
    WHERE s."removedAt" IS NULL
      AND ((s."text" <> s."sourceText" AND (m."id" IS NULL OR m."correction" <> s."text")) OR (s."text" = s."sourceText" AND m."id" IS NOT NULL))
    LIMIT 10000`;
  return rows.map((row) => Number(row.id));
}
