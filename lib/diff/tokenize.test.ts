import { describe, expect, it } from "vitest";
import { wordTokens } from "./tokenize";
import { wordDiff } from "./word-diff";

// Cases where Node's Intl.Segmenter and Chromium's disagreed, or could (dictionary scripts, emoji):
// the tokens are spelled out, so any engine must produce exactly these.
describe("wordTokens", () => {
  it("splits words joined by a full stop without a space (Node's ICU kept 'speech.By' whole, Chromium did not)", () => {
    expect(wordTokens("the speech.By then", "en")).toEqual(["the", " ", "speech", ".", "By", " ", "then"]);
    expect(wordTokens("e.g. U.S.", "en")).toEqual(["e", ".", "g", ".", " ", "U", ".", "S", "."]);
  });

  it("keeps numbers with decimal points and thousands separators whole", () => {
    expect(wordTokens("3.5 million, 1,000 people", "en")).toEqual(["3.5", " ", "million", ",", " ", "1,000", " ", "people"]);
  });

  it("keeps an apostrophe inside a word, and splits hyphens and other punctuation off", () => {
    expect(wordTokens("Kahn’s don't well-known", "en")).toEqual(["Kahn’s", " ", "don't", " ", "well", "-", "known"]);
  });

  it("gives each character of a script written without spaces its own token, marks attached", () => {
    expect(wordTokens("東京に行く", "ja")).toEqual(["東", "京", "に", "行", "く"]);
    expect(wordTokens("สวัสดี", "th")).toEqual(["ส", "วั", "ส", "ดี"]);
  });

  it("never cuts an emoji: ZWJ sequences, skin tones and flags are one token", () => {
    expect(wordTokens("👨‍👩‍👧 👍🏽 🇫🇷!", "en")).toEqual(["👨‍👩‍👧", " ", "👍🏽", " ", "🇫🇷", "!"]);
  });

  it("splits an elided article off in French, Italian and Catalan only", () => {
    expect(wordTokens("l'homme qu’il", "fr")).toEqual(["l'", "homme", " ", "qu’", "il"]);
    expect(wordTokens("l'uomo", "it-IT")).toEqual(["l'", "uomo"]);
    expect(wordTokens("l'homme", "en")).toEqual(["l'homme"]);
  });

  it("gives the text back when the tokens are joined", () => {
    for (const text of ["", "  a\n\nb\t", "Café 😀 here.", "قال الرئيس: «مرحبا»", "x\u0301y", "\ud800 lone", "Привет, мир!"]) {
      expect(wordTokens(text, "und").join("")).toBe(text);
    }
  });
});

describe("wordDiff with the language", () => {
  it("marks only the noun after a French elided article", () => {
    expect(wordDiff("l'homme", "l'enfant", "fr")).toEqual([
      { kind: "equal", value: "l'" },
      { kind: "delete", value: "homme" },
      { kind: "insert", value: "enfant" },
    ]);
  });

  it("marks only the inserted space in 'speech.By'", () => {
    expect(wordDiff("the speech.By then", "the speech. By then", "en")).toEqual([
      { kind: "equal", value: "the speech." },
      { kind: "insert", value: " " },
      { kind: "equal", value: "By then" },
    ]);
  });
});
