// A throwaway, migrated database for server tests. Call before anything imports server/db.ts.
// SQLite by default; PostgreSQL when TEST_DATABASE=postgresql (a fresh redline_test_unit_* database,
// dropped after the test file).
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const pgTool = path.resolve(import.meta.dirname, "pg-database.mjs");

export const testProvider = process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";

function postgresDatabase(): string {
  const name = `redline_test_unit_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  execFileSync("node", [pgTool, "create", name], { stdio: "pipe" });
  afterAll(() => {
    execFileSync("node", [pgTool, "drop", name], { stdio: "pipe" });
  });
  const server = (process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432").replace(/\/+$/, "");
  return `${server}/${name}`;
}

export function useThrowawayDatabase(): string {
  const url =
    testProvider === "postgresql"
      ? postgresDatabase()
      : `file:${path.join(mkdtempSync(path.join(tmpdir(), "redline-test-")), "test.db")}`;
  process.env.DATABASE_URL = url;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  return url;
}
