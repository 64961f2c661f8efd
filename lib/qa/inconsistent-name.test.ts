import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { segmentBlock } from "../segment";
import { inconsistentName } from "./inconsistent-name";
import { run, sentences } from "./test-helpers";

const demo = readFileSync(path.join(import.meta.dirname, "../../prisma/demo/sco-taliban-mt.txt"), "utf8");
const demoSentences = sentences(...demo.split(/\n\s*\n/).flatMap((block) => segmentBlock(block.trim()).sentences.map((s) => s.text)));

describe("inconsistent-name", () => {
  it("finds Kahn beside Khan in the demo article, and nothing else", () => {
    const issues = run(inconsistentName, demoSentences);
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    const sentence = demoSentences.find((s) => s.id === issue.sentenceId);
    expect(sentence?.text.startsWith("Kahn also asked")).toBe(true);
    expect(issue).toMatchObject({ check: "inconsistent-name", start: 0, end: 4, suggestion: { replacement: "Khan" } });
    expect(issue.key).toBe(`inconsistent-name|${issue.sentenceId}|Kahn|0`);
  });

  it("suggests the more frequent spelling", () => {
    const items = sentences("The summit in Dushanbe opened.", "Leaders met in Dushambe on Friday.", "Dushanbe is the capital.");
    const issues = run(inconsistentName, items);
    expect(issues.map((i) => [i.sentenceId, i.start, i.suggestion?.replacement])).toEqual([[2, 15, "Dushanbe"]]);
  });

  it("breaks a tie with the original text, then with the first spelling", () => {
    const items = sentences({ text: "Imran Kahn spoke.", originalText: "Imran Khan a parlé." }, { text: "Khan said more.", originalText: "Khan a ajouté." });
    expect(run(inconsistentName, items).map((i) => i.suggestion?.replacement)).toEqual(["Khan"]);
    expect(run(inconsistentName, sentences("Imran Kahn spoke.", "Khan said more.")).map((i) => i.suggestion?.replacement)).toEqual(["Kahn"]);
  });

  it("leaves alone derived words, short words, different names, acronyms and common words", () => {
    const items = sentences(
      "Russia and the Russian army, the Afghan and the Afghans.",
      "Iran and Iraq, Mali and Bali, NATO and NASA.",
      "Paris, Paris and Parris.",
      "Marie and Maria met Marie, Maria and Maria again.",
      "While they talked, the while loop ran; Whole families left.",
    );
    const issues = run(inconsistentName, items);
    expect(issues.map((i) => i.suggestion?.replacement)).toEqual(["Paris"]);
  });
});
