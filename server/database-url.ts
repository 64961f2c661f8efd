// The one place that decides which database file is used; shared by the app, the CLI and Prisma's CLI.
export const defaultDatabaseUrl = "file:./data/redline.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || defaultDatabaseUrl;
}
