import { describe, expect, it } from "vitest";
import { mapOffset } from "./map-offset";

describe("mapOffset", () => {
  it("follows unchanged text", () => {
    const text = "One sentence. Another one.";
    expect(mapOffset(text, text, 13, "en")).toBe(13);
  });

  it("skips over words the editor changed", () => {
    const source = "Imran Kahn spoke. Then he left.";
    const corrected = "Imran Khan spoke. Then he left.";
    expect(mapOffset(source, corrected, corrected.indexOf("Then"), "en")).toBe(source.indexOf("Then"));
  });

  it("lands before an insertion and after a deletion", () => {
    const source = "the crisis in the country";
    const corrected = "the grave humanitarian crisis in the country";
    expect(mapOffset(source, corrected, corrected.indexOf("humanitarian"), "en")).toBe(source.indexOf("crisis"));
    expect(mapOffset("a b c d", "a d", 2, "en")).toBe(6);
  });

  it("clamps to the ends", () => {
    expect(mapOffset("abc", "abc", 0, "en")).toBe(0);
    expect(mapOffset("abc", "xyz", 3, "en")).toBe(3);
  });
});
