import "server-only";
import pg from "pg";
import { databaseProvider, databaseUrl } from "@/server/database-url";

// Wakes the event streams of this process when an article has new events. The events themselves are
// in the LiveEvent table; a wake-up only says "article A has something at or after id N".
// PostgreSQL: NOTIFY on channel redline_events (sent by the writing transaction, delivered on commit to
// every instance). SQLite: in-process (one instance per database file).

export const notifyChannel = "redline_events";

type Listener = (eventId: number) => void;

class EventHub {
  private readonly listeners = new Map<number, Set<Listener>>();
  private readonly closers = new Set<() => void>();
  private listening: pg.Client | null = null;
  private connecting = false;
  private retryMs = 500;
  private stopped = false;

  subscribe(articleId: number, listener: Listener): () => void {
    let set = this.listeners.get(articleId);
    if (!set) this.listeners.set(articleId, (set = new Set()));
    set.add(listener);
    if (databaseProvider() === "postgresql") void this.listen();
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(articleId);
    };
  }

  wake(articleId: number, eventId: number): void {
    for (const listener of this.listeners.get(articleId) ?? []) listener(eventId);
  }

  /** Wakes every stream (after a lost LISTEN connection: they catch up from the table). */
  private wakeAll(): void {
    for (const [articleId] of this.listeners) this.wake(articleId, 0);
  }

  /** Registers a stream's close, called on shutdown. */
  onShutdown(close: () => void): () => void {
    this.closers.add(close);
    return () => this.closers.delete(close);
  }

  shutdown(): void {
    this.stopped = true;
    for (const close of [...this.closers]) close();
    this.closers.clear();
    void this.listening?.end().catch(() => undefined);
    this.listening = null;
  }

  /** One LISTEN connection per process, reconnected with back-off when it drops. */
  private async listen(): Promise<void> {
    if (this.listening || this.connecting || this.stopped) return;
    this.connecting = true;
    const client = new pg.Client({ connectionString: databaseUrl() });
    try {
      await client.connect();
      await client.query(`LISTEN ${notifyChannel}`);
      client.on("notification", (message) => {
        const [articleId, eventId] = (message.payload ?? "").split(":").map(Number);
        if (Number.isSafeInteger(articleId) && Number.isSafeInteger(eventId)) this.wake(articleId, eventId);
      });
      const lost = () => {
        if (this.listening !== client) return;
        this.listening = null;
        this.retry();
      };
      client.on("error", lost);
      client.on("end", lost);
      this.listening = client;
      this.retryMs = 500;
      this.wakeAll();
    } catch (error) {
      console.error(`Live events: cannot LISTEN (${error instanceof Error ? error.message : String(error)}); retrying.`);
      void client.end().catch(() => undefined);
      this.retry();
    } finally {
      this.connecting = false;
    }
  }

  private retry(): void {
    if (this.stopped || this.listeners.size === 0) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 10_000);
    setTimeout(() => void this.listen(), wait).unref();
  }
}

const cache = globalThis as typeof globalThis & { redlineEventHub?: EventHub };

/** The process's hub. */
export const eventHub: EventHub = (cache.redlineEventHub ??= new EventHub());

// A stopping server ends its streams cleanly (browsers reconnect, to another instance if need be), then
// exits if nothing else does.
const flags = globalThis as typeof globalThis & { redlineEventHubSignals?: boolean };
if (!flags.redlineEventHubSignals) {
  flags.redlineEventHubSignals = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      eventHub.shutdown();
      setTimeout(() => process.exit(0), 2000).unref();
    });
  }
}
