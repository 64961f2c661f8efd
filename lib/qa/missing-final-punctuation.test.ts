import { describe, expect, it } from "vitest";
import { missingFinalPunctuation } from "./missing-final-punctuation";
import { run, sentences } from "./test-helpers";

describe("missing-final-punctuation", () => {
  it("flags a correction without the final mark of the MT sentence", () => {
    const items = sentences({ sourceText: "Putin spoke.", text: "Putin spoke" }, { sourceText: "Why?", text: "Why" });
    const issues = run(missingFinalPunctuation, items);
    expect(issues.map((i) => [i.start, i.end, i.suggestion?.replacement])).toEqual([
      [10, 11, "e."],
      [2, 3, "y?"],
    ]);
  });

  it("passes headlines, closing quotes and different marks", () => {
    const items = sentences(
      { sourceText: "Russia and China", text: "Russia and China" },
      { sourceText: "He said “yes.”", text: "He said “yes”." },
      { sourceText: "Really!", text: "Really?" },
      { sourceText: "Deleted.", text: "" },
    );
    expect(run(missingFinalPunctuation, items)).toEqual([]);
  });

  it("gives no suggestion when the correction ends with a closing quote", () => {
    const [issue] = run(missingFinalPunctuation, sentences({ sourceText: "He said “yes.”", text: "He said “yes”" }));
    expect(issue.suggestion).toBeUndefined();
  });
});
