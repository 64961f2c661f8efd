import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { glossaryToCsv, parseCsvRecords, parseGlossaryCsv } from "./csv";
import { glossaryTermSchema, type GlossaryTerm } from "./term";

/** Matches the AppError("unprocessable") a malformed file must raise. */
const unprocessable = (message: string | RegExp) =>
  expect.objectContaining({ code: "unprocessable", message: typeof message === "string" ? message : expect.stringMatching(message) });

describe("CSV records (RFC 4180)", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF", () => {
    const records = parseCsvRecords('a,b\r\n"x, y","say ""hi"""\n"two\nlines",\n\nlast,1');
    expect(records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x, y", 'say "hi"'] },
      { line: 3, fields: ["two\nlines", ""] },
      { line: 6, fields: ["last", "1"] },
    ]);
  });

  it("keeps an empty quoted field and a trailing empty field", () => {
    expect(parseCsvRecords('""\n1,')).toEqual([
      { line: 1, fields: [""] },
      { line: 2, fields: ["1", ""] },
    ]);
  });

  it("reports malformed quoting with the line number", () => {
    expect(() => parseCsvRecords('a,b\nx,"open\nmore')).toThrow(unprocessable("Line 2: a quoted field is not closed."));
    expect(() => parseCsvRecords('a\nb"c')).toThrow(unprocessable(/^Line 2: a quote inside an unquoted field/));
    expect(() => parseCsvRecords('a\n"b"c')).toThrow(unprocessable("Line 2: text after a closing quote."));
    expect(() => parseCsvRecords('a\n"b"c')).toThrow(AppError);
  });
});

describe("glossary CSV", () => {
  const terms: GlossaryTerm[] = [
    { term: "Shanghai Cooperation Organisation", forbidden: ["Shanghai Cooperation Organization", "SCO summit"], originalTerm: "Organisation de coopération de Shanghai", note: "House style: -isation" },
    { term: "Taliban", forbidden: [], originalTerm: null, note: 'Plural, "the Taliban are"' },
    { term: "Dushanbe", forbidden: ["Dushambe"], originalTerm: "Douchanbé", note: null },
  ];

  it("round-trips through export and import", () => {
    const csv = glossaryToCsv(terms);
    expect(csv.split("\r\n")[0]).toBe("term,forbidden,original_term,note");
    expect(csv).toContain('"Plural, ""the Taliban are"""');
    expect(parseGlossaryCsv(csv)).toEqual(terms);
  });

  it("accepts columns in any order and only the term column", () => {
    expect(parseGlossaryCsv("note,term\nx,Kabul\n")).toEqual([{ term: "Kabul", forbidden: [], originalTerm: null, note: "x" }]);
    expect(parseGlossaryCsv("Term\n Kabul \n")).toEqual([{ term: "Kabul", forbidden: [], originalTerm: null, note: null }]);
    expect(parseGlossaryCsv("term,forbidden\nKabul, Kaboul | Caboul |\n")[0].forbidden).toEqual(["Kaboul", "Caboul"]);
  });

  it("rejects malformed files with clear, located errors", () => {
    const cases: [string, RegExp][] = [
      ["", /^Line 1: the file is empty/],
      ["term,colour\n", /^Line 1: unknown column "colour"/],
      ["forbidden,note\n", /^Line 1: the header has no term column/],
      ["term,term\n", /^Line 1: column "term" appears twice/],
      ["term,forbidden\nKabul\n", /^Line 2: expected 2 fields, found 1/],
      ["term,forbidden\nKabul,x\n,y\n", /^Line 3: .*term must not be empty/],
      ["term\nKabul\nkabul\n", /^Line 3: the term "kabul" is already on line 2/],
    ];
    for (const [csv, message] of cases) expect(() => parseGlossaryCsv(csv)).toThrow(unprocessable(message));
  });

  it("validates terms with the schema", () => {
    expect(glossaryTermSchema.parse({ term: " x " })).toEqual({ term: "x", forbidden: [] });
    expect(glossaryTermSchema.safeParse({ term: "x", forbidden: ["a|b"] }).success).toBe(false);
  });
});
