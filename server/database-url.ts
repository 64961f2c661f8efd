// The one place that decides which database is used; shared by the app, the CLI and Prisma's CLI.
// `file:...` is an embedded SQLite file; `postgresql://...` (or `postgres://...`) a PostgreSQL database.
export const defaultDatabaseUrl = "file:./data/redline.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || defaultDatabaseUrl;
}

/** Which of the two schemas and clients serves `url`; anything else is a configuration error. */
export function databaseProvider(url: string = databaseUrl()): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not ${JSON.stringify(url.slice(0, 20))}.`);
}
