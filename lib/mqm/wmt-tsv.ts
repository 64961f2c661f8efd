// Reader for the rating files of google/wmt-mqm-human-evaluation (tab-separated, no quoting, one row
// per error or a "No-error" row per clean segment; the error span is marked in the text with <v>…</v>).

import { AppError } from "../errors";
import { wmtDocumentScore, wmtRatedSegmentScore, type WmtMqmWeights } from "./score";
import type { MqmAnnotationInput } from "./annotation-input";
import type { MqmCategory, MqmSeverity } from "./typology";

export interface WmtSpan {
  /** "target" = the MT output (our sentence's `sourceText`); "source" = the original-language text. */
  side: "target" | "source";
  /** Offsets into the text with the <v> markers removed. */
  start: number;
  end: number;
}

export interface WmtAnnotation {
  category: MqmCategory;
  /** Category exactly as in the file ("Style/Awkward", "Non-translation!"). */
  rawCategory: string;
  severity: MqmSeverity;
  /** Null when the row marks no span. */
  span: WmtSpan | null;
  rater: string;
  comment: string | null;
  /** 1-based line of the row in the file. */
  line: number;
}

export interface WmtSegment {
  /** Global segment id (column seg_id). */
  segId: number;
  /** 1-based position in the document (column doc_id). */
  docPosition: number;
  /** Original-language text. */
  source: string;
  /** MT output, markers removed. */
  target: string;
  /** Every rater who rated the segment, including those who found no error. */
  raters: string[];
  annotations: WmtAnnotation[];
}

export interface WmtDocument {
  name: string;
  system: string;
  /** In document order. */
  segments: WmtSegment[];
}

export interface WmtMqmFile {
  documents: WmtDocument[];
}

const requiredColumns = ["system", "doc", "doc_id", "seg_id", "rater", "source", "target", "category", "severity"] as const;
type Column = (typeof requiredColumns)[number] | "comment";

function isColumn(name: string): name is Column {
  return name === "comment" || (requiredColumns as readonly string[]).includes(name);
}

/** Maps an upstream category ("Terminology/Inappropriate for context") onto our typology. */
export function mapWmtCategory(raw: string): MqmCategory {
  const name = raw.trim().toLowerCase();
  if (name.startsWith("non-translation")) return "Non-translation";
  if (name.startsWith("source")) return "Source issue";
  if (name.startsWith("terminology")) return "Terminology";
  if (name.startsWith("style")) return "Style";
  if (name.startsWith("locale")) return "Locale convention";
  const exact: Record<string, MqmCategory> = {
    "accuracy/mistranslation": "Accuracy/Mistranslation",
    "accuracy/omission": "Accuracy/Omission",
    "accuracy/addition": "Accuracy/Addition",
    "accuracy/untranslated": "Accuracy/Untranslated",
    "accuracy/untranslated text": "Accuracy/Untranslated",
    "fluency/grammar": "Fluency/Grammar",
    "fluency/spelling": "Fluency/Spelling",
    "fluency/punctuation": "Fluency/Punctuation",
    "fluency/register": "Fluency/Register",
    "fluency/inconsistency": "Fluency/Inconsistency",
  };
  return exact[name] ?? "Other";
}

function fail(line: number, message: string): never {
  throw new AppError("unprocessable", `Line ${line}: ${message}`, { line });
}

/** "No-error" → null; otherwise one of our severities. */
function mapSeverity(raw: string, line: number): MqmSeverity | null {
  const name = raw.trim().toLowerCase();
  if (name === "no-error") return null;
  const known: Record<string, MqmSeverity> = { neutral: "Neutral", minor: "Minor", major: "Major", critical: "Critical" };
  const severity = known[name];
  if (!severity) fail(line, `unknown severity "${raw}".`);
  return severity;
}

/**
 * Removes the <v>…</v> markers and returns the marked span as offsets into the cleaned text. Several
 * marked pieces (rare upstream) give one span from the first <v> to the last </v>.
 */
function stripMarkers(marked: string, line: number, column: string): { text: string; span: { start: number; end: number } | null } {
  const pieces = marked.split(/(<\/?v>)/);
  let text = "";
  let open = false;
  let start = -1;
  let end = -1;
  for (const piece of pieces) {
    if (piece === "<v>" || piece === "</v>") {
      if ((piece === "<v>") === open) fail(line, `the ${column} has unbalanced <v>…</v> markers.`);
      open = !open;
      if (open && start === -1) start = text.length;
      if (!open) end = text.length;
    } else {
      text += piece;
    }
  }
  if (open) fail(line, `the ${column} has unbalanced <v>…</v> markers.`);
  return { text, span: start === -1 ? null : { start, end } };
}

function parseInteger(value: string, line: number, column: string): number {
  if (!/^\d+$/.test(value.trim())) fail(line, `${column} must be a whole number, got "${value}".`);
  return Number(value.trim());
}

/** Parses a whole rating file. Throws AppError("unprocessable") naming the line of the first malformed row. */
export function parseWmtMqmTsv(input: string): WmtMqmFile {
  const lines = input.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = lines[0].split("\t").map((c) => c.trim());
  const index = new Map<Column, number>();
  header.forEach((name, i) => {
    if (isColumn(name)) index.set(name, i);
  });
  const missing = requiredColumns.filter((c) => !index.has(c));
  if (missing.length > 0) fail(1, `the header lacks the column(s) ${missing.join(", ")}.`);

  const documents = new Map<string, WmtDocument>();
  const segments = new Map<string, WmtSegment>();
  for (let i = 1; i < lines.length; i++) {
    const lineNo = i + 1;
    if (lines[i].trim() === "") continue;
    const cells = lines[i].split("\t");
    if (cells.length !== header.length) fail(lineNo, `expected ${header.length} tab-separated columns, found ${cells.length}.`);
    const cell = (c: Column): string => {
      const at = index.get(c);
      return at === undefined ? "" : cells[at];
    };

    const system = cell("system").trim();
    const docName = cell("doc").trim();
    if (system === "" || docName === "") fail(lineNo, "system and doc must not be empty.");
    const docPosition = parseInteger(cell("doc_id"), lineNo, "doc_id");
    const segId = parseInteger(cell("seg_id"), lineNo, "seg_id");
    const rater = cell("rater").trim();
    const source = stripMarkers(cell("source"), lineNo, "source");
    const target = stripMarkers(cell("target"), lineNo, "target");
    const severity = mapSeverity(cell("severity"), lineNo);
    const rawCategory = cell("category").trim();
    if (severity !== null && rawCategory.toLowerCase() === "no-error") fail(lineNo, `category No-error with severity "${cell("severity")}".`);

    const docKey = `${system}\t${docName}`;
    let doc = documents.get(docKey);
    if (!doc) {
      doc = { name: docName, system, segments: [] };
      documents.set(docKey, doc);
    }
    const segKey = `${docKey}\t${segId}`;
    let segment = segments.get(segKey);
    if (!segment) {
      segment = { segId, docPosition, source: source.text, target: target.text, raters: [], annotations: [] };
      segments.set(segKey, segment);
      doc.segments.push(segment);
    } else if (segment.docPosition !== docPosition || segment.source !== source.text || segment.target !== target.text) {
      fail(lineNo, `segment ${segId} of ${docName} (${system}) differs from its earlier rows.`);
    }
    if (rater !== "" && !segment.raters.includes(rater)) segment.raters.push(rater);
    if (severity === null) continue;

    const span: WmtSpan | null = target.span
      ? { side: "target", ...target.span }
      : source.span
        ? { side: "source", ...source.span }
        : null;
    const comment = cell("comment").trim();
    segment.annotations.push({
      category: mapWmtCategory(rawCategory),
      rawCategory,
      severity,
      span,
      rater,
      comment: comment === "" ? null : comment,
      line: lineNo,
    });
  }

  for (const doc of documents.values()) doc.segments.sort((a, b) => a.docPosition - b.docPosition || a.segId - b.segId);
  return { documents: [...documents.values()] };
}

/**
 * The annotation as our input for the sentence made from the segment (MT output as `sourceText`), or null
 * when its span cannot be placed there (no span, an empty span, or a span in the original-language text).
 */
export function wmtAnnotationToInput(a: WmtAnnotation): MqmAnnotationInput | null {
  if (!a.span || a.span.side !== "target" || a.span.start >= a.span.end) return null;
  const input: MqmAnnotationInput = { target: "source", start: a.span.start, end: a.span.end, category: a.category, severity: a.severity };
  const comment = [a.rawCategory === a.category ? null : a.rawCategory, a.comment].filter((c) => c).join(": ");
  if (comment !== "") input.comment = comment;
  return input;
}

export interface WmtDocumentScore {
  name: string;
  system: string;
  /** Mean segment penalty (lower is better). */
  score: number;
  segments: { segId: number; score: number }[];
}

/** Scores every document: segment = mean over its raters of the summed weights; document = mean of segments. */
export function scoreWmtFile(file: WmtMqmFile, weights: Partial<WmtMqmWeights> = {}): WmtDocumentScore[] {
  return file.documents.map((doc) => {
    const segments = doc.segments.map((s) => ({ segId: s.segId, score: wmtRatedSegmentScore(s.raters, s.annotations, weights) }));
    return { name: doc.name, system: doc.system, score: wmtDocumentScore(segments.map((s) => s.score)), segments };
  });
}
