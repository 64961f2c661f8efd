import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { compileFind, describeReplace, findAndReplace, maxHits } from "./find-replace";

const sentences = [
  { id: 1, text: "Kahn met kahn in Kahnville." },
  { id: 2, text: "Nothing here." },
  { id: 3, text: "Mr Kahn said no." },
];

function refused(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("findAndReplace", () => {
  it("replaces plain text case-insensitively by default, with offsets into the original text", () => {
    const result = findAndReplace(sentences, { find: "kahn", replace: "Khan" });
    expect(result.map((r) => r.id)).toEqual([1, 3]);
    expect(result[0].after).toBe("Khan met Khan in Khanville.");
    expect(result[0].hits.map((h) => [h.start, h.end, h.match])).toEqual([
      [0, 4, "Kahn"],
      [9, 13, "kahn"],
      [17, 21, "Kahn"],
    ]);
    expect(result[1]).toEqual({
      id: 3,
      before: "Mr Kahn said no.",
      after: "Mr Khan said no.",
      hits: [{ start: 3, end: 7, match: "Kahn", replacement: "Khan" }],
    });
  });

  it("honours match case and whole word", () => {
    const cased = findAndReplace(sentences, { find: "Kahn", replace: "Khan", caseSensitive: true, wholeWord: true });
    expect(cased.map((r) => r.after)).toEqual(["Khan met kahn in Kahnville.", "Mr Khan said no."]);
  });

  it("treats regex characters literally unless regex is on, and expands groups when it is", () => {
    expect(findAndReplace([{ id: 1, text: "a.b axb" }], { find: "a.b", replace: "$1" })[0].after).toBe("$1 axb");
    const swapped = findAndReplace([{ id: 1, text: "Smith, John and Doe, Jane" }], {
      find: "(\\w+), (?<first>\\w+)",
      replace: "$<first> $1",
      regex: true,
      caseSensitive: true,
    });
    expect(swapped[0].after).toBe("John Smith and Jane Doe");
  });

  it("whole word works for letters outside ASCII", () => {
    const result = findAndReplace([{ id: 1, text: "école écoles" }], { find: "école", replace: "lycée", wholeWord: true });
    expect(result[0].after).toBe("lycée écoles");
  });

  it("leaves out sentences the replacement would not change, and skips empty matches", () => {
    expect(findAndReplace(sentences, { find: "Kahn", replace: "Kahn", caseSensitive: true })).toEqual([]);
    expect(findAndReplace(sentences, { find: "x*", replace: "y", regex: true })).toEqual([]);
  });

  it("refuses an invalid or catastrophic regular expression with a clear message", () => {
    const invalid = refused(() => compileFind({ find: "(unclosed", replace: "", regex: true }));
    expect(invalid.code).toBe("unprocessable");
    expect(invalid.message).toMatch(/regular expression is not valid/);
    expect(refused(() => compileFind({ find: "(a+)+$", replace: "", regex: true })).message).toMatch(/Nested repetition/);
    expect(refused(() => compileFind({ find: "", replace: "x" })).code).toBe("unprocessable");
    // Plain text with the same characters is fine.
    expect(() => compileFind({ find: "(a+)+$", replace: "" })).not.toThrow();
  });

  it("refuses more than the maximum number of hits", () => {
    const many = [{ id: 1, text: "a".repeat(maxHits + 1) }];
    expect(refused(() => findAndReplace(many, { find: "a", replace: "b" })).message).toMatch(/narrow the search/);
    expect(findAndReplace([{ id: 1, text: "a".repeat(maxHits) }], { find: "a", replace: "b" })[0].hits).toHaveLength(maxHits);
  });
});

describe("describeReplace", () => {
  it("says what was replaced and in how many sentences", () => {
    expect(describeReplace({ find: "Kahn", replace: "Khan" }, 3)).toBe('Replace "Kahn" → "Khan" (3 sentences)');
    expect(describeReplace({ find: "K(a)hn", replace: "Khan", regex: true }, 1)).toBe('Replace /K(a)hn/ → "Khan" (1 sentence)');
  });
});

describe("findAndReplace on text outside the Basic Multilingual Plane", () => {
  it("steps over whole code points on empty matches and terminates", () => {
    // "x*" matches empty everywhere; with the u flag a step into the middle of 😀 used to loop forever.
    expect(findAndReplace([{ id: 1, text: "Café 😀 here." }], { find: "x*", replace: "y", regex: true })).toEqual([]);
    const result = findAndReplace([{ id: 1, text: "😀x😀" }], { find: "x*", replace: "y", regex: true });
    expect(result[0].after).toBe("😀y😀");
    expect(findAndReplace([{ id: 1, text: "a😀" }], { find: "(?:)", replace: "-", regex: true })).toEqual([]);
  });

  it("whole word treats a letter outside the BMP as a letter", () => {
    // 𝐀 (U+1D400) is a letter: "x" right after it is not a whole word.
    expect(findAndReplace([{ id: 1, text: "𝐀x x" }], { find: "x", replace: "y", wholeWord: true })[0].after).toBe("𝐀x y");
  });
});
