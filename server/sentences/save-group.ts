import "server-only";
import { db } from "@/server/db";
import { retryOnDeadlock } from "@/server/retry-deadlock";
import { findSentenceForWrite, findSentencesForWrite, type PlannedWrite, type SentenceForWrite, writeStatements } from "./save-statements";

// Group commit for the save path (write-revision.ts). Under load, most of a save's cost was Prisma
// running statements, not the database running them; SQLite under Prisma is synchronous, so a request
// never waits for the database and the saves of other requests never overlap with it by themselves.
// Both the read and the write of a save therefore wait for the next turn of the event loop
// (setImmediate): the saves whose requests arrived in the same turn share one statement. A lone save
// waits for nothing else. Each still gets its own answer and its own errors.

/** At most this many sentences in one read. */
export const maxRead = 256;

interface Read {
  ids: number[];
  rows: Promise<Map<number, SentenceForWrite>>;
}

let reading: Read | null = null;

function nextRead(): Read {
  const ids: number[] = [];
  const rows = new Promise<Map<number, SentenceForWrite>>((resolve, reject) =>
    setImmediate(() => {
      if (reading?.ids === ids) reading = null;
      findSentencesForWrite(db, [...new Set(ids)]).then(resolve, reject);
    }),
  );
  return { ids, rows };
}

/** A sentence with what a write checks on its article, read in one statement with those of the other saves of this turn. */
export async function readForWrite(id: number): Promise<SentenceForWrite | null> {
  const read = (reading ??= nextRead());
  read.ids.push(id);
  if (read.ids.length >= maxRead) reading = null;
  return (await read.rows).get(id) ?? null;
}

/** A write that was committed: its live event's id and the time it was written at. */
export interface Committed {
  eventId: number;
  at: Date;
}

interface Waiting {
  write: PlannedWrite;
  resolve(result: Committed | null): void;
  reject(error: unknown): void;
}

/** At most this many writes in one batch (its JSON parameter stays small). */
export const maxGroup = 64;

const waiting: Waiting[] = [];
let running = false;

/**
 * Commits `write` with the writes that arrived in the same turn, or while the previous batch ran, as ONE
 * batch of four statements (save-statements.ts) instead of four statements each. Each write gets its own
 * answer: null when its sentence had moved on (a conflict, decided by the caller), an error only for
 * itself. Two writes to one sentence never share a batch: the later one waits for the next, where its
 * compare-and-set sees the first.
 */
export function commitWrite(write: PlannedWrite): Promise<Committed | null> {
  return new Promise((resolve, reject) => {
    waiting.push({ write, resolve, reject });
    if (!running) {
      running = true;
      setImmediate(() => void drain());
    }
  });
}

async function drain(): Promise<void> {
  try {
    while (waiting.length > 0) await commitGroup(takeGroup());
  } finally {
    running = false;
  }
}

/** The next batch, in arrival order: each sentence once, at most `maxGroup` writes; the rest keep waiting. */
function takeGroup(): Waiting[] {
  const group: Waiting[] = [];
  const rest: Waiting[] = [];
  const sentences = new Set<number>();
  for (const entry of waiting) {
    if (group.length < maxGroup && !sentences.has(entry.write.sentenceId)) {
      sentences.add(entry.write.sentenceId);
      group.push(entry);
    } else {
      rest.push(entry);
    }
  }
  waiting.splice(0, waiting.length, ...rest);
  return group;
}

async function commitGroup(group: Waiting[]): Promise<void> {
  const at = new Date();
  try {
    // On PostgreSQL another instance's batch may lock some of the same rows in another order.
    const [, , events] = await retryOnDeadlock(() => db.$transaction(writeStatements(db, group.map((entry) => entry.write), at)));
    const eventOf = new Map(events.map((event) => [Number(event.sentenceId), Number(event.id)]));
    for (const entry of group) {
      const eventId = eventOf.get(entry.write.sentenceId);
      entry.resolve(eventId === undefined ? null : { eventId, at });
    }
  } catch (error) {
    if (group.length > 1) {
      // One write failed the whole batch (it rolled back): each again alone, so only that one fails.
      for (const entry of group) await commitGroup([entry]);
    } else {
      await settleFailure(group[0], error);
    }
  }
}

/**
 * A lone write that failed. The unique (sentenceId, version) of Revision refuses a second revision of a
 * version: another writer got there first, leaving the same text in the same millisecond, and this write
 * lost the race (null). Anything else is the write's error.
 */
async function settleFailure(entry: Waiting, error: unknown): Promise<void> {
  try {
    const now = await findSentenceForWrite(db, entry.write.sentenceId);
    if (now && now.version !== entry.write.fromVersion) entry.resolve(null);
    else entry.reject(error);
  } catch (readError) {
    entry.reject(readError);
  }
}
