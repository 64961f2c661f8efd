import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sqliteAdapter } from "./sqlite-settings";

describe("sqliteAdapter", () => {
  it("starts transactions with the write lock taken, so a read-then-write never fails on another connection's commit", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "redline-sqlite-")), "test.db");
    const setup = new Database(file);
    setup.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER); INSERT INTO t VALUES (1, 0);`);
    setup.close();

    const adapter = await sqliteAdapter(`file:${file}`).connect();
    const other = new Database(file, { timeout: 0 });
    try {
      expect(other.pragma("journal_mode", { simple: true })).toBe("wal");
      const tx = await adapter.startTransaction();
      // The adapter's transaction holds the write lock from its first statement: another writer cannot start.
      expect(() => other.exec("BEGIN IMMEDIATE")).toThrow(/locked|busy/i);
      await tx.executeRaw({ sql: "UPDATE t SET v = v + 1 WHERE id = 1", args: [], argTypes: [] });
      await tx.executeRaw({ sql: "COMMIT", args: [], argTypes: [] });
      await tx.commit();
      expect(other.prepare("SELECT v FROM t WHERE id = 1").get()).toEqual({ v: 1 });
    } finally {
      other.close();
      await adapter.dispose();
    }
  });
});
