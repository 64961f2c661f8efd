import { describe, expect, it } from "vitest";
import { hasChanges, wordDiff } from "./word-diff";

describe("wordDiff", () => {
  it("marks a replaced word as a deletion followed by an insertion", () => {
    const parts = wordDiff("Prime Minister Imran Kahn said", "Prime Minister Imran Khan said", "en");
    expect(parts).toEqual([
      { kind: "equal", value: "Prime Minister Imran " },
      { kind: "delete", value: "Kahn" },
      { kind: "insert", value: "Khan" },
      { kind: "equal", value: " said" },
    ]);
  });

  it("rebuilds both texts from its parts", () => {
    const before = "the crisis humanitarian in the country.";
    const after = "the humanitarian crisis in the country!";
    const parts = wordDiff(before, after, "en");
    const rebuilt = (kind: "insert" | "delete") =>
      parts.filter((p) => p.kind !== kind).map((p) => p.value).join("");
    expect(rebuilt("insert")).toBe(before);
    expect(rebuilt("delete")).toBe(after);
  });

  it("reports no change for identical texts", () => {
    expect(hasChanges(wordDiff("same text", "same text", "en"))).toBe(false);
    expect(hasChanges(wordDiff("same text", "same  text", "en"))).toBe(true);
  });
});

describe("wordDiff across scripts", () => {
  it("treats an Arabic word as one token", () => {
    expect(wordDiff("قال الرئيس مرحبا", "قال الرئيس أهلا", "en")).toEqual([
      { kind: "equal", value: "قال الرئيس " },
      { kind: "delete", value: "مرحبا" },
      { kind: "insert", value: "أهلا" },
    ]);
  });

  it("keeps emoji and punctuation intact", () => {
    const parts = wordDiff("Great news 🎉.", "Great news 🎉!", "en");
    expect(parts.filter((p) => p.kind !== "equal").map((p) => p.value)).toEqual([".", "!"]);
  });
});
