import { describe, expect, it } from "vitest";
import { spaceBeforePunctuation } from "./space-before-punctuation";
import { run, sentences, spans } from "./test-helpers";

describe("space-before-punctuation", () => {
  it("flags a space before punctuation in English", () => {
    const items = sentences("Hello , world ! Really ? (yes ) .");
    const issues = run(spaceBeforePunctuation, items);
    expect(spans(issues, items)).toEqual([" ", " ", " ", " ", " "]);
    expect(issues.map((i) => items[0].text[i.end])).toEqual([",", "!", "?", ")", "."]);
    expect(issues[0].suggestion).toEqual({ replacement: "" });
  });

  it("allows French spacing before ; : ! ? » but not before , or .", () => {
    const items = sentences("Il a dit\u00A0: « Bonjour\u202F! » Vraiment ? Oui ; non , fin .");
    const issues = run(spaceBeforePunctuation, items, { lang: "fr-FR" });
    expect(issues.map((i) => items[0].text[i.end])).toEqual([",", "."]);
    expect(run(spaceBeforePunctuation, items, { lang: "en" })).toHaveLength(7);
  });

  it("ignores ellipses and leading dots", () => {
    expect(run(spaceBeforePunctuation, sentences("And ... then the .NET version, about .5 more."))).toEqual([]);
  });
});
