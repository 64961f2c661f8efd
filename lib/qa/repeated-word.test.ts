import { describe, expect, it } from "vitest";
import { repeatedWord } from "./repeated-word";
import { run, sentences, spans } from "./test-helpers";

describe("repeated-word", () => {
  it("flags a doubled word, ignoring case, and suggests one", () => {
    const items = sentences("The the leaders met in in Dushanbe.");
    const issues = run(repeatedWord, items);
    expect(spans(issues, items)).toEqual(["The the", "in in"]);
    expect(issues.map((i) => i.suggestion?.replacement)).toEqual(["The", "in"]);
    expect(issues[0].key).toBe("repeated-word|1|the the|0");
  });

  it("ignores words that only start alike and usual doubles", () => {
    expect(run(repeatedWord, sentences("the theme, he had had enough, so that that was it, Bora-Bora."))).toEqual([]);
  });
});
