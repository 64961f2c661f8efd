import { describe, expect, it } from "vitest";
import { classifyKey, emptyKeyCounts, endVisit, effortFigures, recordKey, startVisit, countWords, countChars, type KeyClass } from ".";

const plain = { ctrlKey: false, metaKey: false, altKey: false };
const key = (k: string) => classifyKey({ key: k, ...plain });

describe("classifyKey", () => {
  it("puts each key in its PET class", () => {
    expect(["a", "Z", "é", "ж", "ع"].map(key)).toEqual(["letters", "letters", "letters", "letters", "letters"]);
    expect(["0", "7", "٣"].map(key)).toEqual(["digits", "digits", "digits"]);
    expect([" ", "Enter"].map(key)).toEqual(["whitespace", "whitespace"]);
    expect([".", ",", "“", "-", "€"].map(key)).toEqual(["symbols", "symbols", "symbols", "symbols", "symbols"]);
    expect(["ArrowLeft", "End", "Home", "PageDown", "Tab"].map(key)).toEqual(Array(5).fill("navigation"));
    expect(["Backspace", "Delete"].map(key)).toEqual(["erase", "erase"]);
  });

  it("counts undo and redo, select-all as navigation, and leaves modifiers, dead keys and clipboard shortcuts out", () => {
    expect(classifyKey({ key: "z", ...plain, ctrlKey: true })).toBe("undo");
    expect(classifyKey({ key: "Z", ...plain, metaKey: true, shiftKey: true })).toBe("undo");
    expect(classifyKey({ key: "a", ...plain, ctrlKey: true })).toBe("navigation");
    expect(classifyKey({ key: "Backspace", ...plain, ctrlKey: true })).toBe("erase");
    for (const k of ["Shift", "Control", "Dead", "Process", "Escape", "F5", "CapsLock"]) expect(key(k)).toBeNull();
    for (const k of ["c", "x", "v", "Enter", "s"]) expect(classifyKey({ key: k, ...plain, ctrlKey: true })).toBeNull();
  });
});

describe("editing visit", () => {
  it("sums active time without idle gaps over 30 s and counts pauses between keystrokes", () => {
    // Focus at 0; keys at 1000 (K), 1100 (h), 1500 (a, 400 ms pause), 3000 (n, 1500 ms pause),
    // 40,000 (Backspace, after 37 s idle: not counted), 40,200 (n); blur at 41,000.
    const events: [number, KeyClass][] = [
      [1000, "letters"], [1100, "letters"], [1500, "letters"], [3000, "letters"], [40_000, "erase"], [40_200, "letters"],
    ];
    let state = startVisit(0);
    for (const [at, cls] of events) state = recordKey(state, cls, at);
    const visit = endVisit(state, 41_000);
    // Active: 1000 + 100 + 400 + 1500 + (37,000 idle → 0) + 200 + 800 = 4000.
    expect(visit).toEqual({
      startedAt: 0,
      endedAt: 41_000,
      activeMs: 4000,
      keys: { ...emptyKeyCounts(), letters: 5, erase: 1 },
      pauses300: 2,
      pauses1000: 1,
      origin: null,
    });
  });

  it("keeps a visit that only read (time, no keys) and drops one where nothing happened", () => {
    expect(endVisit(startVisit(100), 2100)?.activeMs).toBe(2000);
    expect(endVisit(startVisit(100), 100)).toBeNull();
  });
});

describe("effortFigures", () => {
  it("equals hand-computed time per word, words per hour and keystrokes per character for a fixture visit", () => {
    const mt = "Imran Kahn said the talks would resume.";
    expect(countWords(mt)).toBe(7);
    expect(countChars(mt)).toBe(39);
    const keys = { ...emptyKeyCounts(), letters: 4, erase: 4, navigation: 2 };
    const figures = effortFigures(
      [{ sentenceId: 1, activeMs: 14_000, keys, pauses300: 3, pauses1000: 1 }],
      new Map([[1, { mtWords: 7, mtChars: 39, edited: true, edits: 1, refWords: 7 }]]),
    );
    // 14 s / 7 words = 2 s per word; 7 words / (14/3600 h) = 1800 words per hour; 10 keys / 39 chars = 0.256.
    expect(figures).toMatchObject({ secondsPerWord: 2, wordsPerHour: 1800, keystrokesPerChar: 0.256, keystrokes: 10, hter: 0.1429, editedPercent: 100 });
  });

  it("counts a revisited sentence's words once and sums the time of both visits", () => {
    const keys = { ...emptyKeyCounts(), letters: 3 };
    const sentences = new Map([
      [1, { mtWords: 10, mtChars: 50, edited: true, edits: 2, refWords: 10 }],
      [2, { mtWords: 5, mtChars: 25, edited: false, edits: 0, refWords: 5 }],
    ]);
    const visit = { activeMs: 6000, keys, pauses300: 0, pauses1000: 0 };
    const figures = effortFigures([{ sentenceId: 1, ...visit }, { sentenceId: 1, ...visit }, { sentenceId: 2, ...visit }], sentences);
    expect(figures).toMatchObject({ visits: 3, sentences: 2, words: 15, characters: 75, activeMs: 18_000, keystrokes: 9, editedPercent: 50, hter: 0.1333 });
    expect(figures.secondsPerWord).toBe(1.2);
    expect(figures.keystrokesPerChar).toBe(0.12);
  });

  it("has no rates when nothing was timed", () => {
    expect(effortFigures([], new Map())).toMatchObject({ words: 0, secondsPerWord: null, wordsPerHour: null, keystrokesPerChar: null, hter: 0 });
  });
});
