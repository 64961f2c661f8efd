import { describe, expect, it } from "vitest";
import { absoluteTime, relativeTime } from "./format-time";

const now = new Date("2026-11-28T12:00:00Z");

describe("relativeTime", () => {
  it("says just now within 45 seconds", () => {
    expect(relativeTime(new Date("2026-11-28T11:59:30Z"), now)).toBe("just now");
  });
  it("counts minutes, hours and days in the past", () => {
    expect(relativeTime(new Date("2026-11-28T11:55:00Z"), now)).toBe("5 minutes ago");
    expect(relativeTime(new Date("2026-11-28T09:00:00Z"), now)).toBe("3 hours ago");
    expect(relativeTime(new Date("2026-11-27T12:00:00Z"), now)).toBe("yesterday");
    expect(relativeTime(new Date("2026-10-01T12:00:00Z"), now)).toBe("2 months ago");
  });
  it("handles the future", () => {
    expect(relativeTime(new Date("2026-11-28T14:00:00Z"), now)).toBe("in 2 hours");
  });
});

describe("absoluteTime", () => {
  it("is UTC and locale-independent", () => {
    expect(absoluteTime(new Date("2026-11-28T09:46:00Z"))).toBe("28 Nov 2026, 09:46 UTC");
  });
});
