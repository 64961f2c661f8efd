import { describe, expect, it } from "vitest";
import { doubleSpace } from "./double-space";
import { run, sentences } from "./test-helpers";

describe("double-space", () => {
  it("flags runs of spaces and suggests one", () => {
    const items = sentences("One  two   three four.", "Prix\u00A0 : 5.");
    const issues = run(doubleSpace, items);
    expect(issues.map((i) => [i.sentenceId, i.start, i.end, i.suggestion?.replacement])).toEqual([
      [1, 3, 5, " "],
      [1, 8, 11, " "],
      [2, 4, 6, "\u00A0"],
    ]);
    expect(issues.map((i) => i.key)).toEqual(["double-space|1|spaces|0", "double-space|1|spaces|1", "double-space|2|spaces|0"]);
  });

  it("passes single spaces", () => {
    expect(run(doubleSpace, sentences("One two three."))).toEqual([]);
  });
});
