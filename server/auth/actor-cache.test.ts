import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { useThrowawayDatabase } from "@/tests/support/test-database";

useThrowawayDatabase();
const { db } = await import("@/server/db");
const { actorCacheMs, cachedActor } = await import("./actor");
const { actorFromToken, lastUsedIntervalMs } = await import("./token-actor");
const { updateUser } = await import("@/server/users/manage-users");
const { createToken, revokeToken } = await import("@/server/tokens/manage-tokens");

// The cache window: a request may use a user or token row read up to actorCacheMs earlier. Changes made
// through this process (disable, role change, revoke) apply at once; a change made elsewhere (another
// server process, the CLI, SQL) within the window.
let now = Date.parse("2026-01-01T00:00:00Z");
let userCount = 0;

async function newUser(role = "EDITOR") {
  userCount++;
  return db.user.create({ data: { email: `cache${userCount}@test`, name: `Cache ${userCount}`, role, passwordHash: "x" } });
}

function advance(ms: number): void {
  now += ms;
  vi.setSystemTime(now);
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(now);
});
afterEach(() => advance(actorCacheMs + 1));

describe("actor cache", () => {
  it("refuses a user disabled elsewhere within the cache window, and at once when disabled here", async () => {
    expect(actorCacheMs).toBeLessThanOrEqual(5_000);
    const user = await newUser();
    expect(await cachedActor(user.id)).toMatchObject({ id: user.id, role: "EDITOR" });

    await db.user.update({ where: { id: user.id }, data: { disabled: true } }); // as another process would
    advance(actorCacheMs - 1);
    expect(await cachedActor(user.id)).not.toBeNull(); // still inside the window
    advance(2);
    expect(await cachedActor(user.id)).toBeNull();

    await db.user.update({ where: { id: user.id }, data: { disabled: false } });
    advance(actorCacheMs + 1);
    expect(await cachedActor(user.id)).not.toBeNull();
    await updateUser(user.id, { disabled: true }); // through the app: no window
    expect(await cachedActor(user.id)).toBeNull();
  });

  it("applies a role change made through the app at once", async () => {
    const user = await newUser();
    expect((await cachedActor(user.id))?.role).toBe("EDITOR");
    await updateUser(user.id, { role: "VIEWER" });
    expect((await cachedActor(user.id))?.role).toBe("VIEWER");
  });

  it("refuses a token revoked elsewhere within the window, and at once when revoked here", async () => {
    const user = await newUser();
    const actor = { id: user.id, email: user.email, name: user.name, role: "EDITOR" as const };
    const first = await createToken(user.id, "first");
    expect(await actorFromToken(first.token)).toMatchObject({ id: user.id });
    await db.apiToken.update({ where: { id: first.view.id }, data: { revokedAt: new Date() } });
    advance(actorCacheMs + 1);
    expect(await actorFromToken(first.token)).toBeNull();

    const second = await createToken(user.id, "second");
    expect(await actorFromToken(second.token)).not.toBeNull();
    await revokeToken(actor, second.view.id);
    expect(await actorFromToken(second.token)).toBeNull();
  });

  it("writes lastUsedAt on first use and then at most once a minute, and a failed write does not fail the request", async () => {
    const user = await newUser();
    const { token, view } = await createToken(user.id, "usage");
    const lastUsed = async () => (await db.apiToken.findUniqueOrThrow({ where: { id: view.id } })).lastUsedAt?.getTime() ?? null;
    await actorFromToken(token);
    const firstUse = await lastUsed();
    expect(firstUse).toBe(now);
    advance(actorCacheMs + 1);
    await actorFromToken(token);
    expect(await lastUsed()).toBe(firstUse);
    advance(lastUsedIntervalMs);
    await actorFromToken(token);
    expect(await lastUsed()).toBe(now);

    advance(lastUsedIntervalMs);
    const update = vi.spyOn(db.apiToken, "update").mockRejectedValueOnce(new Error("database is locked"));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(await actorFromToken(token)).toMatchObject({ id: user.id });
    expect(update).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`API token ${view.id}`), "database is locked");
    update.mockRestore();
    warn.mockRestore();
  });
});
