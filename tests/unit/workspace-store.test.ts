import { describe, expect, it } from "vitest";
import type { SentenceView } from "@/lib/api-types";
import { draftOf, initialState, reduce, saveStateOf, visibleIds, type WorkspaceState } from "@/components/workspace/store";

const person = { id: 7, name: "Erin Editor", email: "erin@example.org" };

function sentence(id: number, patch: Partial<SentenceView> = {}): SentenceView {
  return {
    id,
    articleId: 1,
    position: id * 1024,
    paragraph: 0,
    block: "p",
    prefix: "",
    sourceText: `Sentence ${id}.`,
    text: `Sentence ${id}.`,
    status: "UNTOUCHED",
    version: 1,
    originalText: null,
    updatedAt: "2026-11-28T10:00:00Z",
    lastChange: null,
    hter: 0,
    ...patch,
  };
}

function state(): WorkspaceState {
  return initialState({ articleId: 1, language: "en", sentences: [sentence(1), sentence(2), sentence(3)], comments: [], annotations: [], checks: null, glossary: { sentences: [], entries: [] } });
}

describe("workspace store", () => {
  it("keeps a draft until it is saved, then the row shows the saved sentence", () => {
    let s = reduce(state(), { type: "draftChanged", id: 2, text: "Sentence two." });
    expect(draftOf(s, 2)).toBe("Sentence two.");
    expect(saveStateOf(s, 2)).toBe("dirty");
    s = reduce(s, { type: "saveStarted", id: 2 });
    expect(saveStateOf(s, 2)).toBe("saving");
    s = reduce(s, { type: "sentenceSaved", sentence: sentence(2, { text: "Sentence two.", version: 2, status: "EDITED" }) });
    expect(saveStateOf(s, 2)).toBe("saved");
    expect(s.drafts).toEqual({});
    expect(s.sentences[2].version).toBe(2);
  });

  it("typing the saved text back is no draft; Esc discards", () => {
    let s = reduce(state(), { type: "draftChanged", id: 1, text: "Changed." });
    s = reduce(s, { type: "draftChanged", id: 1, text: "Sentence 1." });
    expect(s.drafts).toEqual({});
    s = reduce(s, { type: "draftChanged", id: 1, text: "Changed." });
    s = reduce(s, { type: "draftDiscarded", id: 1 });
    expect(draftOf(s, 1)).toBe("Sentence 1.");
  });

  it("applies a change from elsewhere in place when the row is not being edited", () => {
    const s = reduce(state(), { type: "sentenceChanged", sentence: sentence(3, { text: "Theirs.", version: 2 }), by: person });
    expect(s.sentences[3].text).toBe("Theirs.");
    expect(s.theirs).toEqual({});
  });

  it("holds an outside change to the row the editor is in, even before they type", () => {
    const s = reduce(state(), { type: "sentenceChanged", sentence: sentence(3, { text: "Theirs.", version: 2 }), by: person, editing: true });
    expect(s.sentences[3].text).toBe("Sentence 3.");
    expect(s.theirs[3]?.sentence.text).toBe("Theirs.");
    expect(saveStateOf(s, 3)).toBe("conflict");
  });

  it("ignores an outside change older than what the row has", () => {
    const first = state();
    expect(reduce(first, { type: "sentenceChanged", sentence: sentence(3, { text: "Old.", version: 1 }) })).toBe(first);
  });

  it("holds an outside change to a row being edited for keep mine / take theirs", () => {
    let s = reduce(state(), { type: "draftChanged", id: 3, text: "Mine." });
    s = reduce(s, { type: "sentenceChanged", sentence: sentence(3, { text: "Theirs.", version: 2 }), by: person });
    expect(s.sentences[3].text).toBe("Sentence 3.");
    expect(s.theirs[3]?.by).toEqual(person);
    expect(saveStateOf(s, 3)).toBe("conflict");

    const kept = reduce(s, { type: "theirsKept", id: 3 });
    expect(kept.sentences[3].version).toBe(2);
    expect(draftOf(kept, 3)).toBe("Mine.");
    expect(saveStateOf(kept, 3)).toBe("dirty");

    const taken = reduce(s, { type: "theirsTaken", id: 3 });
    expect(draftOf(taken, 3)).toBe("Theirs.");
    expect(saveStateOf(taken, 3)).toBe("saved");
  });

  it("replaces split sentences in article order and asks for focus on the new one", () => {
    const a = sentence(10, { position: 2 * 1024 + 1, text: "Sentence", sourceText: "Sentence" });
    const b = sentence(11, { position: 2 * 1024 + 2, text: "2.", sourceText: "2." });
    const s = reduce(state(), { type: "structureChanged", removed: [2], sentences: [a, b], focus: 11 });
    expect(s.order).toEqual([1, 10, 11, 3]);
    expect(s.sentences[2]).toBeUndefined();
    expect(s.focus?.id).toBe(11);
  });

  it("merges the rest of a long article into its first screen, keeping rows this page has newer", () => {
    const glossary = { sentences: [], entries: [] };
    let s = initialState({ articleId: 1, language: "en", sentences: [sentence(1), sentence(2)], comments: [], annotations: [], checks: null, glossary }, false);
    expect(s.complete).toBe(false);
    // Saved here while the rest was on its way: the fetched copy of row 2 is older.
    s = reduce(s, { type: "sentenceSaved", sentence: sentence(2, { text: "Mine.", version: 2, status: "EDITED" }) });
    s = reduce(s, { type: "draftChanged", id: 1, text: "Typing." });
    s = reduce(s, { type: "sentencesLoaded", sentences: [sentence(1), sentence(2), sentence(3), sentence(4)], glossary });
    expect(s.complete).toBe(true);
    expect(s.order).toEqual([1, 2, 3, 4]);
    expect(s.sentences[2].text).toBe("Mine.");
    expect(draftOf(s, 1)).toBe("Typing.");
    // A newer copy from the server replaces what the first screen had.
    s = initialState({ articleId: 1, language: "en", sentences: [sentence(1)], comments: [], annotations: [], checks: null, glossary }, false);
    s = reduce(s, { type: "sentencesLoaded", sentences: [sentence(1, { text: "Theirs.", version: 3 }), sentence(2)], glossary });
    expect(s.sentences[1].text).toBe("Theirs.");
  });

  it("does not let the rest of a long article undo what changed while it was on its way", () => {
    const glossary = { sentences: [], entries: [] };
    let s = initialState({ articleId: 1, language: "en", sentences: [sentence(1), sentence(2)], comments: [], annotations: [], checks: null, glossary }, false);
    // Row 2 merged away here, and row 4 (not here yet) changed by someone else, before the rest arrived.
    s = reduce(s, { type: "structureChanged", removed: [2], sentences: [sentence(1, { text: "Sentence 1. Sentence 2.", version: 2 })] });
    s = reduce(s, { type: "sentenceChanged", sentence: sentence(4, { text: "Theirs.", version: 2, status: "EDITED" }) });
    s = reduce(s, { type: "sentencesLoaded", sentences: [sentence(1), sentence(2), sentence(3), sentence(4)], glossary });
    expect(s.order).toEqual([1, 3, 4]);
    expect(s.sentences[1].text).toBe("Sentence 1. Sentence 2.");
    expect(s.sentences[4].text).toBe("Theirs.");
    expect(s.early).toEqual({ removed: [], changed: {} });
    // Once complete, a change to a sentence the page does not hold is ignored, as before.
    s = reduce(s, { type: "sentenceChanged", sentence: sentence(9, { version: 5 }) });
    expect(s.sentences[9]).toBeUndefined();
  });

  it("filters by status", () => {
    const s = reduce(reduce(state(), { type: "sentenceSaved", sentence: sentence(2, { status: "EDITED", version: 2, text: "x" }) }), { type: "filterChanged", filter: "EDITED" });
    expect(visibleIds(s)).toEqual([2]);
  });

  it("records presence per sentence", () => {
    const s = reduce(state(), { type: "presenceChanged", presence: { 1: [person] } });
    expect(s.presence[1]).toEqual([person]);
  });
});
