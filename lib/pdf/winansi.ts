// WinAnsiEncoding (Windows-1252), the encoding of PDF's standard fonts as Redline uses them.

// The characters of codes 128–159, the only ones that differ from Latin-1.
const high: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** The WinAnsi code of one UTF-16 code unit, or -1 when the encoding has no such character. */
export function winAnsiCode(unit: number): number {
  if ((unit >= 0x20 && unit <= 0x7e) || (unit >= 0xa0 && unit <= 0xff)) return unit;
  return high[unit] ?? -1;
}

// Characters the typesetter handles itself: tab (a space) and line breaks (a new line).
const layoutControls = /[\t\n\r]/g;

/** True when every character of the text can be shown in a standard font (WinAnsi), line breaks and tabs aside. */
export function isWinAnsi(text: string): boolean {
  const plain = text.replace(layoutControls, "");
  for (let i = 0; i < plain.length; i++) if (winAnsiCode(plain.charCodeAt(i)) < 0) return false;
  return true;
}
