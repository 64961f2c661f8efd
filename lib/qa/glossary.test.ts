import { describe, expect, it } from "vitest";
import type { GlossaryTerm } from "../glossary/term";
import { glossary } from "./glossary";
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
