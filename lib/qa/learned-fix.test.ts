import { describe, expect, it } from "vitest";
import { runChecks } from ".";

const kahn = { id: 7, from: "Kahn", to: "Khan", articles: 3, editors: 1 };
const biden = { id: 8, from: "Biden", to: "Joe Biden", articles: 1, editors: 2 };

describe("learned-fix check", () => {
  it("flags a learned MT error with its fix, whole words only", () => {
    const issues = runChecks([{ id: 1, sourceText: "", text: "Kahn met Kahnweiler." }], { enabled: ["learned-fix"], learnedFixes: [kahn] });
    expect(issues).toEqual([
      {
        key: "learned-fix|1|Kahn|0",
        check: "learned-fix",
        sentenceId: 1,
        start: 0,
        end: 4,
        message: "Editors corrected “Kahn” to “Khan” before (3 articles, 1 editor).",
        suggestion: { replacement: "Khan" },
        learnedFix: kahn,
      },
    ]);
  });

  it("does not flag text the fix already covers", () => {
    expect(runChecks([{ id: 1, sourceText: "", text: "Joe Biden and Biden." }], { enabled: ["learned-fix"], learnedFixes: [biden] }).map((i) => i.start)).toEqual([14]);
  });

  it("joins the inconsistent-name warning on the same word instead of repeating it", () => {
    const sentences = [
      { id: 1, sourceText: "", text: "Imran Khan spoke." },
      { id: 2, sourceText: "", text: "Khan said so." },
      { id: 3, sourceText: "", text: "Kahn also asked." },
    ];
    const issues = runChecks(sentences, { enabled: ["inconsistent-name", "learned-fix"], learnedFixes: [kahn] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ check: "inconsistent-name", sentenceId: 3, suggestion: { replacement: "Khan" }, learnedFix: kahn });
  });
});
