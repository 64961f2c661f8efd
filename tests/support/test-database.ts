// A throwaway, migrated SQLite database for server tests. Call before anything imports server/db.ts.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function useThrowawayDatabase(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "redline-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  process.env.DATABASE_URL = url;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  return url;
}
