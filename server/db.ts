import "server-only";
import { Prisma, PrismaClient as SqliteClient } from "./generated/prisma/client";
import { Prisma as PostgresPrisma, PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { databaseProvider, databaseUrl } from "./database-url";
import { postgresAdapter } from "./postgres-adapter";
import { sqliteAdapter, sqliteBusyTimeoutMs } from "./sqlite-settings";

// A password hash can never leave a query by accident: it must be asked for by name.
const omit = { user: { passwordHash: true } } as const;

function sqliteClient(url: string) {
  // A transaction may wait behind another connection's lock (a backup, the CLI) for up to the busy timeout.
  return new SqliteClient({ adapter: sqliteAdapter(url), omit, transactionOptions: { maxWait: sqliteBusyTimeoutMs + 5_000, timeout: sqliteBusyTimeoutMs + 15_000 } });
}

type SqliteDatabase = ReturnType<typeof sqliteClient>;

/** Every model of the schema (`db.user`, `db.sentence`, ...) plus raw queries: what a transaction offers. */
export type Transaction = Pick<SqliteDatabase, Exclude<keyof SqliteDatabase, `$${string}` | symbol> | "$queryRaw" | "$executeRaw">;

/**
 * The client every use case sees. Both generated clients come from the same models (a unit test
 * compares the two schemas), so each satisfies this type; provider-only options (isolation levels) are left out.
 */
export interface Database extends Transaction {
  $transaction<R>(fn: (tx: Transaction) => Promise<R>, options?: { maxWait?: number; timeout?: number }): Promise<R>;
  $transaction<P extends Prisma.PrismaPromise<unknown>[]>(queries: [...P]): Promise<{ [K in keyof P]: Awaited<P[K]> }>;
  $disconnect(): Promise<void>;
}

/**
 * TypeScript cannot relate two generated clients' conditional types, so the PostgreSQL client is checked
 * here at run time instead: the same models (the schema unit test compares fields too) and a delegate each.
 */
function isDatabase(client: object): client is Database {
  const models = Object.values(Prisma.ModelName);
  const same = models.join() === Object.values(PostgresPrisma.ModelName).join();
  return same && models.every((name) => name.charAt(0).toLowerCase() + name.slice(1) in client);
}

function postgresClient(url: string): Database {
  const client = new PostgresClient({ adapter: postgresAdapter(url), omit });
  if (!isDatabase(client)) throw new Error("The PostgreSQL client's models differ from the SQLite client's: run npm install (prisma generate).");
  return client;
}

function createClient(): Database {
  const url = databaseUrl();
  return databaseProvider(url) === "postgresql" ? postgresClient(url) : sqliteClient(url);
}

const cache = globalThis as typeof globalThis & { redlineDb?: Database };

/** The one database client of the process. */
export const db: Database = cache.redlineDb ?? createClient();
if (process.env.NODE_ENV !== "production") cache.redlineDb = db;

/** What both `db` and a transaction offer: use cases that may run inside a transaction take this. */
export type DbClient = Pick<Database, "user" | "apiToken" | "article" | "sentence" | "revision" | "liveEvent" | "memoryEntry" | "fixOccurrence" | "learnedFix" | "$executeRaw" | "$queryRaw">;
