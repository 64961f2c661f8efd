import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./database-url";

function createClient() {
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl() });
  // A password hash can never leave a query by accident: it must be asked for by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Database = ReturnType<typeof createClient>;

const cache = globalThis as typeof globalThis & { redlineDb?: Database };

/** The one database client of the process. */
export const db: Database = cache.redlineDb ?? createClient();
if (process.env.NODE_ENV !== "production") cache.redlineDb = db;

/** What both `db` and a transaction offer: use cases that may run inside a transaction take this. */
export type DbClient = Pick<Database, "user" | "apiToken" | "article" | "sentence" | "revision" | "memoryEntry" | "fixOccurrence" | "learnedFix">;
