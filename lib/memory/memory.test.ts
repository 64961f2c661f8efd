import { describe, expect, it } from "vitest";
import { extractSubstitutions, fuzzyThreshold, lengthBand, matchScore, memoryTokens, normalizeSegment, tokenDistance } from ".";

describe("normalizeSegment", () => {
  it("treats whitespace runs and Unicode composition as equal, case as different", () => {
    expect(normalizeSegment("  Imran\u00a0 Kahn\nspoke. ")).toBe("Imran Kahn spoke.");
    expect(normalizeSegment("Cafe\u0301")).toBe(normalizeSegment("Café"));
    expect(normalizeSegment("kahn")).not.toBe(normalizeSegment("Kahn"));
  });
});

describe("fuzzy match score", () => {
  it("counts words and punctuation as tokens", () => {
    expect(memoryTokens("Kahn also asked, he said.")).toEqual(["Kahn", "also", "asked", ",", "he", "said", "."]);
  });

  it("is Levenshtein over tokens", () => {
    expect(tokenDistance(["a", "b", "c"], ["a", "x", "c", "d"])).toBe(2);
    expect(tokenDistance([], ["a"])).toBe(1);
  });

  it("scores one changed word in 14 tokens at 92 and an identical sentence at 100", () => {
    const remembered = "The leaders of the SCO want to stand out as partners of Kabul.";
    expect(memoryTokens(remembered)).toHaveLength(14);
    expect(matchScore(remembered, remembered)).toBe(100);
    // 1 substitution / 14 tokens → 92.9 → 92.
    expect(matchScore(remembered, "The leaders of the SCO want to stand out as allies of Kabul.")).toBe(92);
  });

  it("falls below the threshold when a quarter of the tokens differ", () => {
    const a = "Putin said the new authorities must keep their promises.";
    const b = "Xi said the old rulers must break their vows.";
    expect(matchScore(a, b)).toBeLessThan(fuzzyThreshold);
  });

  it("gives the token-count band inside which a match can reach the threshold", () => {
    expect(lengthBand(12)).toEqual({ min: 9, max: 16 });
    // At the band's edges the score can still reach 75; outside it cannot.
    expect(matchScore("a b c d e f g h i j k l", "a b c d e f g h i")).toBe(75);
    expect(matchScore("a b c d e f g h i j k l", "a b c d e f g h")).toBeLessThan(75);
  });
});

describe("extractSubstitutions", () => {
  it("finds a replaced word", () => {
    expect(extractSubstitutions("Kahn also asked to unblock the funds.", "Khan also asked to unblock the funds.")).toEqual([{ from: "Kahn", to: "Khan" }]);
  });

  it("finds phrases of up to three words and several substitutions in one sentence", () => {
    expect(extractSubstitutions("Kahn spoke in the country by videoconference", "Khan spoke in the country via video link")).toEqual([
      { from: "Kahn", to: "Khan" },
      { from: "by videoconference", to: "via video link" },
    ]);
  });

  it("ignores pure insertions and deletions, punctuation-only changes and long rewrites", () => {
    expect(extractSubstitutions("He spoke.", "He spoke today.")).toEqual([]);
    expect(extractSubstitutions("He spoke today.", "He spoke.")).toEqual([]);
    expect(extractSubstitutions("speech. by video", "speech, by video")).toEqual([]);
    expect(extractSubstitutions("one two three four five", "six seven eight nine ten")).toEqual([]);
  });
});
