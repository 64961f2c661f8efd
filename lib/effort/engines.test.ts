import { describe, expect, it } from "vitest";
import { compareEngines, effortFigures, emptyKeyCounts, engineLabel, type EngineArticle } from ".";

const article = (mtEngine: string | null, hter: number, annotationCount: number, oqs: number | null, pass: boolean | null, wmt = 0): EngineArticle => ({
  mtEngine,
  hter,
  percentEdited: hter * 100,
  annotationCount,
  oqs,
  pass,
  wmt,
});

describe("compareEngines", () => {
  it("averages quality per engine, sums MQM errors, counts passes, and joins the engine's effort", () => {
    const sentences = new Map([[1, { mtWords: 10, mtChars: 50, edited: true, edits: 2, refWords: 10 }]]);
    const effort = effortFigures([{ sentenceId: 1, activeMs: 20_000, keys: { ...emptyKeyCounts(), letters: 25 }, pauses300: 1, pauses1000: 0 }], sentences);
    const rows = compareEngines(
      [article("deepl", 0.1, 2, 98, true, 0.5), article("google", 0.4, 7, 80, false, 3), article("deepl", 0.3, 1, 96, true, 1.5), article(null, 0.2, 0, null, null)],
      new Map([["deepl", effort]]),
    );
    expect(rows.map((r) => r.engine)).toEqual(["deepl", "", "google"]);
    const [deepl, unknown, google] = rows;
    expect(deepl).toMatchObject({ articles: 2, errors: 3, oqs: 97, wmt: 1, scored: 2, passed: 2 });
    expect(deepl.hter).toBeCloseTo(0.2);
    expect(deepl.percentEdited).toBeCloseTo(20);
    expect(deepl.effort?.secondsPerWord).toBe(2);
    expect(deepl.effort?.keystrokesPerChar).toBe(0.5);
    expect(google).toMatchObject({ articles: 1, hter: 0.4, errors: 7, oqs: 80, scored: 1, passed: 0, effort: null });
    expect(unknown).toMatchObject({ articles: 1, errors: 0, oqs: null, scored: 0, passed: 0, effort: null });
    expect(engineLabel(unknown.engine)).toBe("Unknown engine");
  });

  it("gives no rows without articles", () => {
    expect(compareEngines([], new Map())).toEqual([]);
  });
});
