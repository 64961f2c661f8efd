import { describe, expect, it } from "vitest";
import { accountPolicy, blockedMessage, blockedUntil, failuresAfter } from "./sign-in-throttle";

const now = new Date("2026-11-28T10:00:00Z");
const seconds = (date: Date | null) => (date ? (date.getTime() - now.getTime()) / 1000 : null);

describe("sign-in throttle", () => {
  it("lets the first failures through, then doubles the wait, then locks", () => {
    const waits = Array.from({ length: 11 }, (_, i) => seconds(blockedUntil(i + 1, accountPolicy, now)));
    expect(waits).toEqual([null, null, null, null, null, 1, 2, 4, 8, 900, 900]);
  });

  it("forgets failures outside the window", () => {
    const recent = { failures: 7, lastFailureAt: new Date(now.getTime() - 60_000) };
    const old = { failures: 7, lastFailureAt: new Date(now.getTime() - 16 * 60_000) };
    expect(failuresAfter(recent, accountPolicy, now)).toBe(8);
    expect(failuresAfter(old, accountPolicy, now)).toBe(1);
    expect(failuresAfter(null, accountPolicy, now)).toBe(1);
  });

  it("says how long to wait, and who can unlock", () => {
    expect(blockedMessage(new Date(now.getTime() + 4000), false, now)).toBe("Too many failed sign-ins: wait 4 seconds and try again.");
    expect(blockedMessage(new Date(now.getTime() + 900_000), true, now)).toMatch(/locked for 15 minutes\. An administrator can unlock/);
  });
});
