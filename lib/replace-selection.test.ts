import { describe, expect, it } from "vitest";
import { findAndReplace } from "./find-replace";
import { applySelection, selectedText } from "./replace-selection";

function hitsFor(texts: string[], find: string, replace: string) {
  return findAndReplace(
    texts.map((text, index) => ({ id: index + 1, text })),
    { find, replace, caseSensitive: true, wholeWord: true },
  ).map((m) => ({ sentenceId: m.id, number: m.id, before: m.before, after: m.after, version: 1, matches: m.hits }));
}

describe("replace selection", () => {
  it("leaves an unticked match as it is", () => {
    const [hit] = hitsFor(["Vladimir Putin met Putin's aide."], "Putin", "Vladimir Putin");
    expect(hit.matches).toHaveLength(2);
    expect(selectedText(hit, [hit.matches[0].start])).toBe("Vladimir Putin met Vladimir Putin's aide.");
  });

  it("drops a sentence whose every match is unticked, keeps the others", () => {
    const hits = hitsFor(["Vladimir Putin spoke.", "Putin left."], "Putin", "Vladimir Putin");
    const selected = applySelection(hits, { "1": [hits[0].matches[0].start] });
    expect(selected.map((h) => h.sentenceId)).toEqual([2]);
    expect(selected[0].after).toBe("Vladimir Putin left.");
  });

  it("changes nothing without a selection", () => {
    const hits = hitsFor(["Putin left."], "Putin", "Vladimir Putin");
    expect(applySelection(hits, undefined)).toEqual(hits);
  });
});
