import { describe, expect, it } from "vitest";
import { isWinAnsi, winAnsiCode } from "./winansi";

const code = (char: string) => winAnsiCode(char.charCodeAt(0));

describe("WinAnsi", () => {
  it("maps ASCII and Latin-1 to themselves, and the Windows-1252 additions to codes 128–159", () => {
    expect([code("A"), code("~"), code("é"), code("ÿ"), code("\u00a0")]).toEqual([0x41, 0x7e, 0xe9, 0xff, 0xa0]);
    expect([code("€"), code("’"), code("“"), code("—"), code("…"), code("œ"), code("Ž")]).toEqual([0x80, 0x92, 0x93, 0x97, 0x85, 0x9c, 0x8e]);
  });

  it("has no code for control characters and other scripts", () => {
    for (const char of ["\u0000", "\u0007", "\u007f", "\u0081", "ł", "ř", "Ω", "Ж", "ب", "北", "\u200b"]) expect(code(char)).toBe(-1);
  });

  it("accepts text with tabs and line breaks; refuses text with one character outside", () => {
    expect(isWinAnsi("Imran Khan — “inter-Afghan” dialogue\n\tnext line, 5 €")).toBe(true);
    expect(isWinAnsi("Lech Wałęsa")).toBe(false);
    expect(isWinAnsi("Good news 🎉")).toBe(false);
  });
});
