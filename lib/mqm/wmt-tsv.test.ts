import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { wmtDocumentScore } from "./score";
import { mapWmtCategory, parseWmtMqmTsv, scoreWmtFile, wmtAnnotationToInput } from "./wmt-tsv";

const fixtures = path.join(import.meta.dirname, "../../tests/fixtures");
const tsv = readFileSync(path.join(fixtures, "mqm_sample.tsv"), "utf8");
const expectedRows = readFileSync(path.join(fixtures, "mqm_sample_expected_seg_scores.tsv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split("\t"));
const expectedJson: { expected_for_slice: { mean_segment_score_all_slice_segments: number; per_doc_mean: Record<string, number> } } =
  JSON.parse(readFileSync(path.join(fixtures, "mqm_weights_and_expected.json"), "utf8"));

const HEADER = "system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\tcomment";
const row = (...cells: string[]) => cells.join("\t");
/** A row of system S, document d, at position and seg_id n. */
const seg = (n: number, source: string, target: string, category: string, severity: string, comment = "", rater = "r1") =>
  row("S", "d", String(n), String(n), rater, source, target, category, severity, comment);
const parseRows = (...rows: string[]) => parseWmtMqmTsv([HEADER, ...rows].join("\n"));

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

describe("WMT MQM TSV reader on the google/wmt-mqm-human-evaluation slice", () => {
  const file = parseWmtMqmTsv(tsv);

  it("finds the two documents and 101 segments in order", () => {
    expect(file.documents.map((d) => [d.system, d.name, d.segments.length])).toEqual([
      ["Nemo", "talk.3", 31],
      ["Nemo", "talk.5", 70],
    ]);
    expect(file.documents[0].segments[0]).toMatchObject({ segId: 218, docPosition: 1 });
    const annotations = file.documents.flatMap((d) => d.segments.flatMap((s) => s.annotations));
    expect(annotations).toHaveLength(117 - 56);
  });

  it("strips the <v> markers and keeps the span as offsets into the clean target", () => {
    const first = file.documents[0].segments[0];
    expect(first.target).toBe("Als Künstlerin ist mir die Verbindung sehr wichtig.");
    expect(first.source).toBe("As an artist, connection is very important to me.");
    const [a] = first.annotations;
    expect(a).toMatchObject({ category: "Accuracy/Addition", severity: "Major", rater: "rater4", comment: null, line: 2 });
    expect(a.span).toEqual({ side: "target", start: 23, end: 27 });
    expect(first.target.slice(23, 27)).toBe("die ");
    for (const doc of file.documents) {
      for (const s of doc.segments) {
        expect(s.target).not.toMatch(/<\/?v>/);
        for (const ann of s.annotations) {
          expect(ann.span?.side).toBe("target");
          expect(ann.span && ann.span.end <= s.target.length).toBe(true);
        }
      }
    }
  });

  it("keeps comments and maps the upstream categories onto the typology", () => {
    const annotations = file.documents.flatMap((d) => d.segments.flatMap((s) => s.annotations));
    expect(annotations.filter((a) => a.comment !== null).map((a) => a.comment)).toEqual([
      "Locale convention measurement",
      "Locale convention measurement",
    ]);
    const pairs = new Set(annotations.map((a) => `${a.rawCategory} → ${a.category}`));
    expect([...pairs].sort()).toEqual([
      "Accuracy/Addition → Accuracy/Addition",
      "Accuracy/Mistranslation → Accuracy/Mistranslation",
      "Fluency/Grammar → Fluency/Grammar",
      "Fluency/Inconsistency → Fluency/Inconsistency",
      "Fluency/Punctuation → Fluency/Punctuation",
      "Other → Other",
      "Style/Awkward → Style",
      "Terminology/Inappropriate for context → Terminology",
    ]);
  });

  it("reproduces expected_mqm_score for all 101 segments", () => {
    const scores = scoreWmtFile(file);
    const bySeg = new Map(scores.flatMap((d) => d.segments.map((s) => [s.segId, s.score] as const)));
    expect(expectedRows).toHaveLength(101);
    expect(bySeg.size).toBe(101);
    for (const cells of expectedRows) {
      const segId = Number(cells[3]);
      const expected = Number(cells[10]);
      expect(Math.abs((bySeg.get(segId) ?? NaN) - expected), `seg ${segId}`).toBeLessThan(1e-9);
      expect(Math.abs(-(bySeg.get(segId) ?? NaN) - Number(cells[9]))).toBeLessThan(1e-6);
    }
  });

  it("reproduces the slice mean and the per-document means", () => {
    const scores = scoreWmtFile(file);
    const all = scores.flatMap((d) => d.segments.map((s) => s.score));
    expect(wmtDocumentScore(all).toFixed(6)).toBe("2.033663");
    expect(expectedJson.expected_for_slice.mean_segment_score_all_slice_segments).toBe(2.033663);
    expect(Math.abs(all.reduce((a, b) => a + b, 0) - 205.4)).toBeLessThan(1e-9);
    const byDoc = Object.fromEntries(scores.map((d) => [d.name, d.score.toFixed(6)]));
    expect(byDoc).toEqual({ "talk.3": "3.387097", "talk.5": "1.434286" });
    expect(expectedJson.expected_for_slice.per_doc_mean).toEqual({ "talk.3": 3.387097, "talk.5": 1.434286 });
  });
});

describe("WMT MQM TSV reader, synthetic rows", () => {
  it("scores Non-translation at 25 whatever its severity, Neutral at 0, and Critical as configured", () => {
    const file = parseRows(
      seg(1, "Hello.", "<v>Hello.</v>", "Non-translation!", "Minor"),
      seg(2, "A b.", "<v>X</v> y.", "Accuracy/Mistranslation", "Neutral"),
      seg(3, "A b.", "X <v>y</v>.", "Accuracy/Mistranslation", "Critical"),
      seg(4, "A b.", "X y<v>.</v>", "Fluency/Punctuation", "Minor"),
      seg(4, "A b.", "<v>X</v> y.", "Fluency/Punctuation", "Major"),
      seg(5, "A b.", "X y.", "No-error", "No-error"),
    );
    const segments = file.documents[0].segments;
    expect(segments[0].annotations[0]).toMatchObject({ category: "Non-translation", rawCategory: "Non-translation!" });
    expect(segments[4].annotations).toEqual([]);
    const [doc] = scoreWmtFile(file);
    expect(doc.segments.map((s) => s.score)).toEqual([25, 0, 25, 5.1, 0]);
    expect(doc.score).toBeCloseTo(55.1 / 5, 12);
    expect(scoreWmtFile(file, { critical: 10 })[0].segments[2].score).toBe(10);
  });

  it("averages over raters when a segment has several", () => {
    const text = [
      HEADER,
      row("S", "d", "1", "7", "r1", "A b.", "<v>X</v> y.", "Style/Awkward", "Major", ""),
      row("S", "d", "1", "7", "r2", "A b.", "X y.", "No-error", "No-error", ""),
    ].join("\r\n");
    const [doc] = scoreWmtFile(parseWmtMqmTsv(text));
    expect(doc.segments).toEqual([{ segId: 7, score: 2.5 }]);
  });

  it("places a span marked in the source on the source side", () => {
    const ann = parseRows(seg(1, "A <v>b</v>.", "X.", "Accuracy/Omission", "Major")).documents[0].segments[0].annotations[0];
    expect(ann.span).toEqual({ side: "source", start: 2, end: 3 });
  });

  it("rejects malformed lines with their line number", () => {
    const bad = (line: string) => thrown(() => parseRows(row("S", "d", "1", "1", "r", "a", "b", "No-error", "No-error", ""), line));
    let e = bad("S\td\t1");
    expect(e.code).toBe("unprocessable");
    expect(e.message).toMatch(/^Line 3: expected 10 tab-separated columns, found 3/);
    expect(e.details).toEqual({ line: 3 });
    e = bad(row("S", "d", "x", "2", "r", "a", "b", "No-error", "No-error", ""));
    expect(e.message).toMatch(/^Line 3: doc_id must be a whole number/);
    e = bad(row("S", "d", "2", "2", "r", "a", "<v>b", "Other", "Major", ""));
    expect(e.message).toMatch(/^Line 3: the target has unbalanced/);
    e = bad(row("S", "d", "2", "2", "r", "a", "</v>b<v>", "Other", "Major", ""));
    expect(e.message).toMatch(/^Line 3: the target has unbalanced/);
    e = bad(row("S", "d", "2", "2", "r", "a", "b", "Other", "Huge", ""));
    expect(e.message).toMatch(/^Line 3: unknown severity "Huge"/);
    e = bad(row("S", "d", "1", "1", "r", "a", "c", "No-error", "No-error", ""));
    expect(e.message).toMatch(/^Line 3: segment 1 of d \(S\) differs/);
    e = thrown(() => parseWmtMqmTsv("system\tdoc\n"));
    expect(e.message).toMatch(/^Line 1: the header lacks the column\(s\) doc_id/);
  });

  it("spans several marked pieces from the first <v> to the last </v>, and keeps empty spans", () => {
    const [segment] = parseRows(
      seg(1, "A b c.", "<v>X</v> y <v>z</v>.", "Fluency/Grammar", "Minor"),
      seg(1, "A b c.", "X y<v></v> z.", "Accuracy/Omission", "Major"),
    ).documents[0].segments;
    expect(segment.target).toBe("X y z.");
    expect(segment.annotations.map((a) => a.span)).toEqual([
      { side: "target", start: 0, end: 5 },
      { side: "target", start: 3, end: 3 },
    ]);
    expect(wmtAnnotationToInput(segment.annotations[1])).toBeNull();
  });

  it("turns an annotation into an input on the sentence's MT text", () => {
    const [a, b] = parseRows(
      seg(1, "A b.", "<v>X</v> y.", "Style/Awkward", "Minor", "stiff"),
      seg(1, "A b.", "X <v>y</v>.", "Fluency/Spelling", "Major"),
    ).documents[0].segments[0].annotations;
    expect(wmtAnnotationToInput(a)).toEqual({ target: "source", start: 0, end: 1, category: "Style", severity: "Minor", comment: "Style/Awkward: stiff" });
    expect(wmtAnnotationToInput(b)).toEqual({ target: "source", start: 2, end: 3, category: "Fluency/Spelling", severity: "Major" });
  });

  it("maps the other upstream category names", () => {
    expect(mapWmtCategory("Accuracy/Untranslated text")).toBe("Accuracy/Untranslated");
    expect(mapWmtCategory("Locale convention/Date format")).toBe("Locale convention");
    expect(mapWmtCategory("Source error")).toBe("Source issue");
    expect(mapWmtCategory("Fluency/Character encoding")).toBe("Other");
    expect(mapWmtCategory("Terminology/Inconsistent use of terminology")).toBe("Terminology");
  });
});
