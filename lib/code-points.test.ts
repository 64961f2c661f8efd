import { describe, expect, it } from "vitest";
import { snapToCodePoint } from "./code-points";

describe("snapToCodePoint", () => {
  it("moves an offset inside a surrogate pair to the start of the character", () => {
    const text = "Café 😀 here.";
    const emoji = text.indexOf("😀");
    expect(snapToCodePoint(text, emoji + 1)).toBe(emoji);
    expect(snapToCodePoint(text, emoji)).toBe(emoji);
    expect(snapToCodePoint(text, emoji + 2)).toBe(emoji + 2);
  });

  it("leaves ends and plain text alone", () => {
    expect(snapToCodePoint("abc", 0)).toBe(0);
    expect(snapToCodePoint("abc", 3)).toBe(3);
    expect(snapToCodePoint("abc", 7)).toBe(7);
    expect(snapToCodePoint("abc", 2)).toBe(2);
  });
});
