import "server-only";
import { AppError } from "@/lib/errors";
import type { LiveEventView } from "@/lib/live-events";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { requireArticle } from "@/server/articles/require-article";
import { eventHub } from "./hub";
import { pageSize, readEvents, recentEventIds } from "./read-events";

/** Open streams per user in this instance; more get 429 (a tab holds one). */
export const maxStreamsPerUser = 8;
/** A comment line this often keeps proxies from closing an idle stream; each also re-reads (a missed wake-up costs at most this). */
export const heartbeatMs = 15_000;
/** After a wake-up whose event is not visible yet (still committing), read again this often, a few times. */
const retryMs = 25;
const retries = 40;

const openStreams = new Map<number, number>();

/** The Last-Event-ID header (or ?lastEventId= for clients that cannot set it); 0 when absent or malformed. */
export function lastEventId(request: Request): number {
  const value = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId") ?? "";
  return /^\d{1,15}$/.test(value) ? Number(value) : 0;
}

const encoder = new TextEncoder();

function message(cursor: number, event: LiveEventView): Uint8Array {
  return encoder.encode(`id: ${cursor}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
}

/**
 * The article's live events as text/event-stream, from `after` on: the events since then at once, then each
 * new one as it commits (on any instance). Ends when the client goes, or the server stops.
 */
export async function eventStream(options: { actor: Actor; articleId: number; after: number; signal: AbortSignal }): Promise<Response> {
  const { actor, articleId, signal } = options;
  await requireArticle(db, articleId);
  if ((openStreams.get(actor.id) ?? 0) >= maxStreamsPerUser) {
    throw new AppError("too_many_requests", `At most ${maxStreamsPerUser} live streams per person: close a tab.`);
  }
  // A fresh stream starts at the newest event: history is what GET /articles/:id is for.
  const newest = await db.liveEvent.findFirst({ where: { articleId }, orderBy: { id: "desc" }, select: { id: true } });
  let cursor = options.after > 0 ? options.after : (newest?.id ?? 0);
  const delivered = new Set(await recentEventIds(articleId, cursor));

  openStreams.set(actor.id, (openStreams.get(actor.id) ?? 0) + 1);
  let closed = false;
  let reading = false;
  let again = false;
  let waitingFor = 0;
  const cleanups: Array<() => void> = [];

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
        openStreams.set(actor.id, (openStreams.get(actor.id) ?? 1) - 1);
        for (const cleanup of cleanups) cleanup();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };

      const pump = async (attempt = 0): Promise<void> => {
        if (closed) return;
        if (reading) {
          again = true;
          return;
        }
        reading = true;
        try {
          let events: LiveEventView[];
          do {
            again = false;
            events = (await readEvents(articleId, cursor, { lookback: true, delivered })).filter((event) => !delivered.has(event.id));
            for (const event of events) {
              delivered.add(event.id);
              cursor = Math.max(cursor, event.id);
              if (!closed) controller.enqueue(message(cursor, event));
            }
          } while (!closed && (again || events.length >= pageSize));
          for (const id of delivered) if (id <= cursor - 2 * pageSize) delivered.delete(id);
        } catch (error) {
          console.error("Live events: read failed", error);
        } finally {
          reading = false;
        }
        // The wake-up named an event this read did not see yet (its transaction was still committing).
        if (waitingFor > cursor && attempt < retries && !closed) setTimeout(() => void pump(attempt + 1), retryMs);
      };

      controller.enqueue(encoder.encode(`retry: 2000\n: connected at ${cursor}\n\n`));
      cleanups.push(
        eventHub.subscribe(articleId, (eventId) => {
          waitingFor = Math.max(waitingFor, eventId);
          void pump();
        }),
      );
      cleanups.push(eventHub.onShutdown(close));
      const heartbeat = setInterval(() => {
        if (closed) return;
        controller.enqueue(encoder.encode(": heartbeat\n\n"));
        void pump();
      }, heartbeatMs);
      cleanups.push(() => clearInterval(heartbeat));
      signal.addEventListener("abort", close, { once: true });
      cleanups.push(() => signal.removeEventListener("abort", close));
      void pump();
    },
    cancel() {
      if (closed) return;
      closed = true;
      openStreams.set(actor.id, (openStreams.get(actor.id) ?? 1) - 1);
      for (const cleanup of cleanups) cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
