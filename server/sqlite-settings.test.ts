import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sqliteAdapter, statementCacheSize } from "./sqlite-settings";

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

  it("reuses prepared statements with each call's own arguments, for reads and writes, beyond the cache's size", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "redline-sqlite-")), "test.db");
    const adapter = await sqliteAdapter(`file:${file}`).connect();
    const int = { scalarType: "int", arity: "scalar" } as const;
    try {
      await adapter.executeScript("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
      const insert = "INSERT INTO t (id, v) VALUES (?, ?)";
      for (let id = 1; id <= 3; id++) {
        expect(await adapter.executeRaw({ sql: insert, args: [id, `v${id}`], argTypes: [int, { scalarType: "string", arity: "scalar" }] })).toBe(1);
      }
      const select = "SELECT id, v FROM t WHERE id >= ? ORDER BY id";
      // (The adapter answers 64-bit integers as strings.)
      const rows = async (from: number) => (await adapter.queryRaw({ sql: select, args: [from], argTypes: [int] })).rows.map(([id, v]) => [Number(id), v]);
      expect(await rows(1)).toEqual([[1, "v1"], [2, "v2"], [3, "v3"]]);
      expect(await rows(3)).toEqual([[3, "v3"]]);
      // More distinct statements than the cache holds: the first ones are prepared again when they return.
      for (let i = 0; i < statementCacheSize + 10; i++) {
        expect(Number((await adapter.queryRaw({ sql: `SELECT ? + ${i} AS n`, args: [1], argTypes: [int] })).rows[0][0])).toBe(1 + i);
      }
      expect(await rows(2)).toEqual([[2, "v2"], [3, "v3"]]);
      // A transaction still begins and commits through the reused BEGIN IMMEDIATE and COMMIT.
      for (let round = 0; round < 2; round++) {
        const tx = await adapter.startTransaction();
        await tx.executeRaw({ sql: "UPDATE t SET v = v || '!' WHERE id = ?", args: [1], argTypes: [int] });
        await tx.executeRaw({ sql: "COMMIT", args: [], argTypes: [] });
        await tx.commit();
      }
      expect(await rows(1)).toEqual([[1, "v1!!"], [2, "v2"], [3, "v3"]]);
    } finally {
      await adapter.dispose();
    }
  });
});
