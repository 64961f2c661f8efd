// Glossary CSV (RFC 4180): header `term,forbidden,original_term,note`, forbidden variants separated by "|".

import { z } from "zod";
import { AppError } from "../errors";
import { glossaryTermSchema, type GlossaryTerm } from "./term";

export const glossaryCsvColumns = ["term", "forbidden", "original_term", "note"] as const;
type GlossaryColumn = (typeof glossaryCsvColumns)[number];

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
}

function fail(line: number, message: string): never {
  throw new AppError("unprocessable", `Line ${line}: ${message}`, { line });
}

/**
 * Splits RFC 4180 text into records. Accepts CRLF or LF line ends, quoted fields with "" escapes and
 * line breaks; skips empty lines. Throws AppError("unprocessable") with the line of a malformed field.
 */
export function parseCsvRecords(input: string): CsvRecord[] {
  return [...csvRecords(input)];
}

/** parseCsvRecords one record at a time, in one linear pass: a caller can stop or pause between records. */
export function* csvRecords(input: string): Generator<CsvRecord> {
  const text = input.replace(/^\uFEFF/, "");
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false; // the current field started with a quote and has been closed
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "" && !quoted)) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    quoted = false;
  };
  while (i < text.length) {
    if (records.length > 0) yield* records.splice(0);
    const c = text[i];
    if (c === '"') {
      if (field !== "" || quoted) fail(line, "a quote inside an unquoted field (quote the whole field and double the quote).");
      const openLine = line;
      i++;
      for (;;) {
        if (i >= text.length) fail(openLine, "a quoted field is not closed.");
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === "\n") line++;
        field += q;
        i++;
      }
      quoted = true;
      const next = text[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") fail(line, "text after a closing quote.");
      continue;
    }
    if (c === ",") {
      fields.push(field);
      field = "";
      quoted = false;
      i++;
      continue;
    }
    if (c === "\r" || c === "\n") {
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      endRecord();
      line++;
      recordLine = line;
      continue;
    }
    if (quoted) fail(line, "text after a closing quote.");
    field += c;
    i++;
  }
  if (field !== "" || fields.length > 0 || quoted) endRecord();
  yield* records;
}

function isColumn(name: string): name is GlossaryColumn {
  return (glossaryCsvColumns as readonly string[]).includes(name);
}

/**
 * Reads a glossary CSV. The header must name `term` and may name `forbidden`, `original_term`, `note`
 * in any order. Throws AppError("unprocessable") with the line number for any malformed row.
 */
export function parseGlossaryCsv(input: string): GlossaryTerm[] {
  return [...glossaryCsvRows(input)];
}

/** parseGlossaryCsv one term at a time (linear, nothing buffered): the server pauses between terms. */
export function* glossaryCsvRows(input: string): Generator<GlossaryTerm> {
  const records = csvRecords(input);
  const first = records.next();
  const header = first.done ? undefined : first.value;
  if (!header) throw new AppError("unprocessable", "Line 1: the file is empty; expected the header term,forbidden,original_term,note.", { line: 1 });
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  const index = new Map<GlossaryColumn, number>();
  columns.forEach((name, i) => {
    if (!isColumn(name)) fail(header.line, `unknown column "${name}"; expected ${glossaryCsvColumns.join(",")}.`);
    if (index.has(name)) fail(header.line, `column "${name}" appears twice.`);
    index.set(name, i);
  });
  if (!index.has("term")) fail(header.line, "the header has no term column.");

  const seen = new Map<string, number>();
  for (const { line, fields } of records) {
    if (fields.length !== columns.length) fail(line, `expected ${columns.length} fields, found ${fields.length}.`);
    const cell = (c: GlossaryColumn) => {
      const at = index.get(c);
      return at === undefined ? "" : fields[at].trim();
    };
    const parsed = glossaryTermSchema.safeParse({
      term: cell("term"),
      forbidden: cell("forbidden")
        .split("|")
        .map((v) => v.trim())
        .filter((v) => v !== ""),
      originalTerm: cell("original_term") || null,
      note: cell("note") || null,
    });
    if (!parsed.success) fail(line, z.prettifyError(parsed.error).replace(/\n+/g, " "));
    const key = parsed.data.term.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) fail(line, `the term "${parsed.data.term}" is already on line ${first}.`);
    seen.set(key, line);
    yield parsed.data;
  }
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes a glossary as RFC 4180 CSV (CRLF line ends, header first). */
export function glossaryToCsv(terms: readonly GlossaryTerm[]): string {
  const lines = [glossaryCsvColumns.join(",")];
  for (const t of terms) {
    lines.push([t.term, t.forbidden.join("|"), t.originalTerm ?? "", t.note ?? ""].map(csvField).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}
