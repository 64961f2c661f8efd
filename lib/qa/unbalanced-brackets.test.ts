import { describe, expect, it } from "vitest";
import { run, sentences, spans } from "./test-helpers";
import { unbalancedBrackets } from "./unbalanced-brackets";

describe("unbalanced-brackets", () => {
  it("flags unclosed and unopened brackets and quotes", () => {
    const items = sentences("Leaders (of the SCO met.", "He said “yes and left.", "It ended].", 'A "quote here.');
    const issues = run(unbalancedBrackets, items);
    expect(issues.map((i) => [i.sentenceId, spans([i], items)[0]])).toEqual([
      [3, "]"],
      [1, "("],
      [2, "“"],
      [4, '"'],
    ]);
    expect(issues[1].message).toBe("“(” is never closed (no “)”).");
  });

  it("accepts balanced text, apostrophes, inches and quotes that run over sentences", () => {
    const items = sentences(
      "“Attempts (in Afghanistan) must be rejected.",
      "We believe the time has come,” Khan said.",
      "Russia’s allies [sic] said \"no\" to a 5\" pipe.",
      "« Bonjour », dit-il.",
    );
    expect(run(unbalancedBrackets, items)).toEqual([]);
  });

  it("knows German quotes", () => {
    const items = sentences("Er sagte „ja“ und »nein«.");
    expect(run(unbalancedBrackets, items, { lang: "de" })).toEqual([]);
    expect(run(unbalancedBrackets, items, { lang: "en" }).length).toBeGreaterThan(0);
  });

  it("does not match a quote opened too many sentences earlier", () => {
    const items = sentences("“Start.", "A.", "B.", "C.", "D.", "E.", "F.", "G.", "End.”");
    expect(spans(run(unbalancedBrackets, items), items)).toEqual(["“", "”"]);
  });
});
