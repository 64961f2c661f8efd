import { beforeAll, describe, expect, it } from "vitest";
import { useThrowawayDatabase } from "@/tests/support/test-database";

// Another request's query must never run inside a transaction that is open (SQLite has one connection:
// see queriesWaitForTransactions in sqlite-settings.ts); PostgreSQL gives each its own connection.
useThrowawayDatabase();
const { db } = await import("@/server/db");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let first = 0;
let second = 0;

beforeAll(async () => {
  first = (await db.user.create({ data: { email: "first@tx.test", name: "First", role: "EDITOR", passwordHash: "x" } })).id;
  second = (await db.user.create({ data: { email: "second@tx.test", name: "Second", role: "EDITOR", passwordHash: "x" } })).id;
});

describe("a transaction that is open while other requests run", () => {
  it("keeps another request's write when it rolls back, and hides its own writes from other reads", async () => {
    let seenMeanwhile: string | undefined;
    const rolledBack = db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: first }, data: { name: "Not kept" } });
      await sleep(150);
      throw new Error("undone");
    });
    await sleep(30);
    // Another request, meanwhile: a write and a read.
    const [, read] = await Promise.all([
      db.user.update({ where: { id: second }, data: { name: "Kept" } }),
      db.user.findUniqueOrThrow({ where: { id: first } }),
    ]);
    seenMeanwhile = read.name;
    await expect(rolledBack).rejects.toThrow("undone");
    expect(seenMeanwhile).toBe("First");
    expect((await db.user.findUniqueOrThrow({ where: { id: second } })).name).toBe("Kept");
    expect((await db.user.findUniqueOrThrow({ where: { id: first } })).name).toBe("First");
  });

  it("lets queries and transactions that come while one is open all finish", async () => {
    const open = db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: first }, data: { name: "One" } });
      await sleep(50);
    });
    await sleep(10);
    const results = await Promise.all([
      db.$transaction(async (tx) => tx.user.update({ where: { id: second }, data: { name: "Two" } })),
      db.user.count(),
      db.$transaction([db.user.update({ where: { id: second }, data: { name: "Three" } })]),
      open,
    ]);
    expect(results[1]).toBeGreaterThanOrEqual(2);
    expect((await db.user.findUniqueOrThrow({ where: { id: first } })).name).toBe("One");
    expect((await db.user.findUniqueOrThrow({ where: { id: second } })).name).toBe("Three");
  });
});
