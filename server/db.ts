import "server-only";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./database-url";
import { sqliteAdapter } from "./sqlite-settings";

function createClient() {
  const adapter = sqliteAdapter(databaseUrl());
  // A password hash can never leave a query by accident: it must be asked for by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Database = ReturnType<typeof createClient>;

const cache = globalThis as typeof globalThis & { redlineDb?: Database };

/** The one database client of the process. */
export const db: Database = cache.redlineDb ?? createClient();
if (process.env.NODE_ENV !== "production") cache.redlineDb = db;

/** What both `db` and a transaction offer: use cases that may run inside a transaction take this. */
export type DbClient = Pick<Database, "user" | "apiToken" | "article" | "sentence" | "revision">;
