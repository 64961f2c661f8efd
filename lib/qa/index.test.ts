import { describe, expect, it } from "vitest";
import { applySuggestion, checkIds, runChecks } from "./index";
import { sentences } from "./test-helpers";

describe("runChecks", () => {
  const items = sentences(
    { sourceText: "Imran Khan spoke about 40 years.", text: "Imran Khan spoke  about 40 years." },
    { sourceText: "Kahn also asked the the world.", text: "Kahn also asked the the world" },
  );

  it("runs every check by default, in article order", () => {
    const issues = runChecks(items);
    expect(issues.map((i) => [i.sentenceId, i.check])).toEqual([
      [1, "double-space"],
      [2, "inconsistent-name"],
      [2, "repeated-word"],
      [2, "missing-final-punctuation"],
    ]);
  });

  it("runs only the enabled checks", () => {
    expect(runChecks(items, { enabled: ["repeated-word"] }).map((i) => i.check)).toEqual(["repeated-word"]);
    expect(runChecks(items, { enabled: [] })).toEqual([]);
  });

  it("keeps keys stable across runs and applies suggestions", () => {
    const keys = runChecks(items).map((i) => i.key);
    expect(runChecks(items).map((i) => i.key)).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    const name = runChecks(items, { enabled: ["inconsistent-name"] })[0];
    expect(applySuggestion(items[1].text, name)).toBe("Khan also asked the the world");
  });

  it("lists eleven checks", () => {
    expect(checkIds).toHaveLength(11);
  });
});
