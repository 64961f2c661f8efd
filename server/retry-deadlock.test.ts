import { describe, expect, it } from "vitest";
import { isDeadlock, retryOnDeadlock } from "./retry-deadlock";

/** The shape Prisma's PostgreSQL adapter gives a deadlock: a DriverAdapterError whose cause carries the code. */
const deadlockError = () => Object.assign(new Error("deadlock detected"), { cause: { originalCode: "40P01", kind: "postgres", code: "40P01" } });

describe("retryOnDeadlock", () => {
  it("runs a deadlock's victim again and returns its result", async () => {
    let calls = 0;
    const result = await retryOnDeadlock(async () => {
      calls++;
      if (calls < 3) throw deadlockError();
      return "done";
    });
    expect([result, calls]).toEqual(["done", 3]);
  });

  it("gives up after the attempts, with the deadlock error", async () => {
    let calls = 0;
    const error = await retryOnDeadlock(async () => {
      calls++;
      throw deadlockError();
    }, 2).catch((e: unknown) => e);
    expect(isDeadlock(error)).toBe(true);
    expect(calls).toBe(2);
  });

  it("does not run again after any other error", async () => {
    let calls = 0;
    const other = Object.assign(new Error("unique constraint"), { cause: { code: "23505" } });
    await expect(
      retryOnDeadlock(async () => {
        calls++;
        throw other;
      }),
    ).rejects.toBe(other);
    expect(calls).toBe(1);
  });
});
