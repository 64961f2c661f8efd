import { describe, expect, it } from "vitest";
import type { GlossaryTerm } from "../glossary/term";
import { GlossaryMatcher } from "../glossary/matcher";
import { glossary } from "./glossary";
import { findPhrase } from "./issues";
import { run, sentences, spans } from "./test-helpers";

const terms: GlossaryTerm[] = [
  { term: "Shanghai Cooperation Organisation", forbidden: ["Shanghai Cooperation Organization"], originalTerm: "Organisation de coopération de Shanghai" },
  { term: "rapprochement", forbidden: ["reconciliation", "rapprochment"], originalTerm: "rapprochement" },
  { term: "Taliban", forbidden: [] },
];

describe("glossary", () => {
  it("flags forbidden variants and suggests the preferred term in matching case", () => {
    const items = sentences("The Shanghai Cooperation Organization wants a reconciliation. Reconciliation now.");
    const issues = run(glossary, items, { glossary: terms });
    expect(spans(issues, items)).toEqual(["Shanghai Cooperation Organization", "reconciliation", "Reconciliation"]);
    expect(issues.map((i) => i.suggestion?.replacement)).toEqual(["Shanghai Cooperation Organisation", "rapprochement", "Rapprochement"]);
    expect(issues[2].key).toBe("glossary|1|reconciliation|1");
  });

  it("flags a missing term when the original has its original-language term", () => {
    const items = sentences(
      { text: "The SCO met.", originalText: "L'Organisation de coopération de Shanghai s'est réunie." },
      { text: "The Shanghai Cooperation Organisation met.", originalText: "L'Organisation de coopération de Shanghai s'est réunie." },
      { text: "The SCO met.", originalText: null },
    );
    const issues = run(glossary, items, { glossary: terms });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sentenceId: 1, start: 12, end: 12 });
    expect(issues[0].message).toContain("“Shanghai Cooperation Organisation”");
  });

  it("matches whole words only", () => {
    expect(run(glossary, sentences("Reconciliations happened."), { glossary: terms })).toEqual([]);
  });
});

describe("glossary matcher", () => {
  it("finds the same issues as a regex per term, for a larger glossary", () => {
    const many: GlossaryTerm[] = [
      ...terms,
      { term: "New York", forbidden: ["NY", "New-York"] },
      { term: "C++", forbidden: ["CPP"] },
      { term: "Inc.", forbidden: ["Incorporated"] },
      { term: "σοφία", forbidden: ["ΣΟΦΙΑΣ"] },
    ];
    const items = sentences("We met in new-york and NY, not NYC; CPP and C++ at Foo Incorporated. σοφιας and ΣΟΦΙΑΣ.");
    const issues = run(glossary, items, { glossary: many });
    expect(spans(issues, items)).toEqual(["NY", "new-york", "CPP", "Incorporated", "σοφιας", "ΣΟΦΙΑΣ"]);
    expect(issues.map((i) => i.suggestion?.replacement)).toEqual(["New York", "New York", "C++", "Inc.", "σοφία", "Σοφία"]);
  });

  it("does not match inside longer words or across a different separator", () => {
    const many: GlossaryTerm[] = [{ term: "York", forbidden: ["New York"] }];
    expect(run(glossary, sentences("Yorkshire and New  York and NewYork."), { glossary: many })).toEqual([]);
  });
});

describe("GlossaryMatcher.find", () => {
  it("agrees with findPhrase on every phrase over seeded random texts", () => {
    const phrases = ["a", "ab", "a b", "b-a", "a.", ".a", "ä", "ab ab", "x y z", "Ab"];
    const matcher = new GlossaryMatcher(phrases.map((term) => ({ term, forbidden: [] })));
    const alphabet = ["a", "b", "A", " ", "-", ".", "ä", "x", "y", "z", "😀", "1"];
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 20) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      const hits = matcher.find(text, ["term"]);
      phrases.forEach((phrase, entry) => {
        const expected = findPhrase(text, phrase).map((t) => [t.start, t.end]);
        const actual = hits.filter((h) => h.ref.entry === entry).map((h) => [h.start, h.end]);
        expect(actual, `${JSON.stringify(phrase)} in ${JSON.stringify(text)}`).toEqual(expected);
      });
    }
  });
});
