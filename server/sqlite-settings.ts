import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

// SQLite settings of the app's connection (SQLite only: a PostgreSQL deployment never calls this).
//
// - journal_mode=WAL: readers never wait for the writer and the writer never waits for readers, so a
//   backup or a report reading the file does not stall saves. The mode is stored in the database file.
// - busy_timeout: how long a statement waits for another connection's lock (a backup, the CLI, a
//   migration) before failing. better-sqlite3 waits inside the call, so this process waits with it;
//   30 s covers a backup or a long CLI import, and then the request still succeeds instead of a 500.
// - synchronous=NORMAL (WAL): a commit is durable once it is in the WAL file. A crash of the process
//   (kill -9, out of memory) loses no acknowledged write — tested in server/sqlite-settings.test.ts.
//   Only a power cut or kernel crash can undo the last commits before the next checkpoint;
//   REDLINE_SQLITE_SYNCHRONOUS=FULL makes every commit wait for the disk as well.
export const sqliteBusyTimeoutMs = 30_000;

export function sqliteSynchronous(): "NORMAL" | "FULL" {
  return process.env.REDLINE_SQLITE_SYNCHRONOUS?.trim().toUpperCase() === "FULL" ? "FULL" : "NORMAL";
}

/** The PRAGMAs run on every new connection. */
export function sqlitePragmas(): string {
  return [
    "PRAGMA journal_mode = WAL;",
    `PRAGMA busy_timeout = ${sqliteBusyTimeoutMs};`,
    `PRAGMA synchronous = ${sqliteSynchronous()};`,
  ].join("\n");
}

/** Prisma's better-sqlite3 adapter for `url`, with the settings above applied to each connection it opens. */
export function sqliteAdapter(url: string): PrismaBetterSQLite3 {
  // better-sqlite3's `timeout` option is its busy timeout (default 5 s).
  const factory = new PrismaBetterSQLite3({ url, timeout: sqliteBusyTimeoutMs });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(sqlitePragmas());
    reuseStatements(adapter);
    queriesWaitForTransactions(adapter);
    return adapter;
  };
  return factory;
}

/**
 * Transactions start with BEGIN IMMEDIATE instead of the adapter's deferred BEGIN. A deferred transaction
 * that reads and then writes cannot wait for another connection's lock: once that connection commits,
 * SQLite refuses the upgrade at once (SQLITE_BUSY, a 500). IMMEDIATE takes the write lock first, waiting
 * up to the busy timeout. The adapter runs one transaction at a time on its one connection, so nothing
 * is lost by it.
 */
function sqlFor(source: string): string {
  return source === "BEGIN" ? "BEGIN IMMEDIATE" : source;
}

/** Prepared statements kept per connection, the least recently used dropped first. */
export const statementCacheSize = 256;

/**
 * The adapter prepares every statement anew (better-sqlite3 binds a statement's parameters once and for
 * good). Under load that was about 6% of a save's CPU: the save path's statements are long. This keeps
 * the statements of the connection and hands the adapter a fresh binding of one each time, with exactly
 * what Prisma's adapter (6.19) uses: `run()` (BEGIN, COMMIT), and after `bind(args)`: `reader`, `run()`,
 * `columns()` and `raw().all()`. A statement never runs twice at once: better-sqlite3 is synchronous.
 */
function reuseStatements(adapter: object): void {
  if (!("client" in adapter) || !(adapter.client instanceof Database)) return;
  const client = adapter.client;
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Database.Statement>();
  const cached = (source: string): Database.Statement => {
    const hit = cache.get(source);
    if (hit) {
      cache.delete(source);
      cache.set(source, hit);
      return hit;
    }
    const statement = prepare(sqlFor(source));
    cache.set(source, statement);
    if (cache.size > statementCacheSize) cache.delete(cache.keys().next().value ?? source);
    return statement;
  };
  // Replaced on this connection only, with the part of a Statement the adapter uses (`reusable`).
  Object.defineProperty(client, "prepare", { value: (source: string) => reusable(cached(source)) });
}

function reusable(statement: Database.Statement) {
  return {
    reader: statement.reader,
    run: () => statement.run(),
    bind: (args: unknown[]) => ({
      reader: statement.reader,
      run: () => statement.run(...args),
      columns: () => statement.columns(),
      raw: () => ({ all: () => statement.raw(true).all(...args) }),
    }),
  };
}

/**
 * A query outside a transaction waits while one is open, and runs once it has ended. The adapter runs
 * every query on its one connection and takes its lock for transactions only: a query from another
 * request that came while an interactive transaction awaited ran inside it, read its snapshot and its
 * writes not yet committed, and its own write was committed or rolled back with that transaction (a
 * users list read 13 s stale in tests/api/sign-in.spec.ts). Queries and transactions take turns in the
 * order they came; with nothing open, a query runs at once, as before.
 */
function queriesWaitForTransactions(adapter: SqlDriverAdapter): void {
  let waiting = 0;
  let tail: Promise<void> = Promise.resolve();
  /** A turn on the connection: resolves when every earlier turn has ended; call the result to end it (once counts). */
  const turn = (): Promise<() => void> => {
    waiting++;
    let end!: () => void;
    const ended = new Promise<void>((resolve) => {
      let over = false;
      end = () => {
        if (over) return;
        over = true;
        waiting--;
        resolve();
      };
    });
    const ready = tail.then(() => end);
    tail = tail.then(() => ended);
    return ready;
  };
  const alone = <T>(run: () => Promise<T>): Promise<T> => {
    if (waiting === 0) return run();
    return turn().then(async (end) => {
      try {
        return await run();
      } finally {
        end();
      }
    });
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.queryRaw = (query) => alone(() => queryRaw(query));
  adapter.executeRaw = (query) => alone(() => executeRaw(query));
  adapter.startTransaction = async (isolationLevel) => {
    const end = await turn();
    try {
      const transaction = await startTransaction(isolationLevel);
      const commit = transaction.commit.bind(transaction);
      const rollback = transaction.rollback.bind(transaction);
      transaction.commit = () => commit().finally(end);
      transaction.rollback = () => rollback().finally(end);
      return transaction;
    } catch (error) {
      end();
      throw error;
    }
  };
}
