import { AppError } from "@/lib/errors";
import { parseDocx } from "./docx";
import { parseHtml } from "./html";
import { parseMarkdown } from "./markdown";
import { parsePlainText } from "./text";
import type { ImportedDocument } from "./types";
import { parseXliff } from "./xliff";

export type { ImportedBlock, ImportedDocument, SentenceDraft } from "./types";

export const importFormats = ["txt", "md", "html", "docx", "xliff"] as const;
export type ImportFormat = (typeof importFormats)[number];

/** Most text an article may hold (UTF-8 bytes of the text to review, or of a plain-text file). */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Most bytes of a .docx, .html or .xliff file, whose markup, styles and images are not text. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const extensions: Record<string, ImportFormat> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  xhtml: "html",
  docx: "docx",
  xlf: "xliff",
  xliff: "xliff",
};

export const acceptedExtensions = Object.keys(extensions).map((extension) => `.${extension}`);

function extensionOf(filename: string): string | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(filename.trim());
  return match ? match[1].toLowerCase() : null;
}

function sniff(bytes: Uint8Array): ImportFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "docx";
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (head.startsWith("<?xml") && head.includes("<xliff")) return "xliff";
  if (head.startsWith("<xliff")) return "xliff";
  if (/^<(?:!doctype html|html|head|body)\b/.test(head)) return "html";
  return "txt";
}

/**
 * The format of a file: by its extension, or by its first bytes when it has none.
 * Null when the extension is not one we read.
 */
export function detectFormat(filename: string | null | undefined, bytes: Uint8Array): ImportFormat | null {
  const extension = filename ? extensionOf(filename) : null;
  if (extension === null) return sniff(bytes);
  return extensions[extension] ?? null;
}

function unsupported(filename: string | null | undefined): AppError {
  const extension = filename ? extensionOf(filename) : null;
  const what = extension ? `.${extension} files are` : "This file type is";
  const hint = extension === "doc" ? " Save it as .docx in Word and import it again." : "";
  return new AppError(
    "unsupported_media_type",
    `${what} not supported. Import a .txt, .md, .html, .docx or .xliff file.${hint}`,
  );
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Text of a text format: UTF-8 (or UTF-16 with its byte-order mark); binary content is refused. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new AppError("unprocessable", "This file holds binary data, not text.");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("unprocessable", "This file is not UTF-8 text. Save it as UTF-8 and import it again.");
  }
}

// windows-1252 bytes 0x80–0x9F ("" where the code page leaves the byte undefined).
const windows1252High = [..."€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ"].map((ch) => (ch === "\u0000" ? "" : ch));

/**
 * Text of an XML file: a byte-order mark wins, then the encoding its declaration names
 * (`<?xml version="1.0" encoding="windows-1252"?>`, decoded with TextDecoder), else UTF-8.
 */
export function decodeXml(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return decodeText(bytes);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
  if (!declared || /^utf-?8$/i.test(declared)) return decodeText(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    throw new AppError("unprocessable", `This file declares the encoding "${declared}", which is not supported. Save it as UTF-8 and import it again.`);
  }
  if (decoder.encoding.startsWith("utf-16")) return decodeText(bytes);
  try {
    // Node decodes windows-1252 (and the labels that mean it, such as iso-8859-1) as Latin-1: map 0x80–0x9F.
    if (decoder.encoding === "windows-1252") return decoder.decode(bytes).replace(/[\u0080-\u009f]/g, (ch) => windows1252High[ch.charCodeAt(0) - 0x80] || ch);
    return decoder.decode(bytes);
  } catch {
    throw new AppError("unprocessable", `This file is not valid ${declared} text, though it says it is.`);
  }
}

export type ImportInput = {
  /** Name of the uploaded file: its extension gives the format. */
  filename?: string | null;
  /** Format when known otherwise; wins over the filename. */
  format?: ImportFormat;
  /** Title given by the user: wins over the one found in the document. */
  title?: string | null;
} & ({ bytes: Uint8Array | ArrayBuffer; text?: undefined } | { text: string; bytes?: undefined });

async function parseFormat(format: ImportFormat, input: ImportInput, givenTitle: string | null): Promise<ImportedDocument> {
  if (format === "docx") {
    if (input.bytes === undefined) throw new AppError("unprocessable", "A .docx file must be uploaded as a file, not pasted as text.");
    return parseDocx(toBytes(input.bytes));
  }
  const text = input.text !== undefined ? input.text : format === "xliff" ? decodeXml(toBytes(input.bytes)) : decodeText(toBytes(input.bytes));
  if (text.trim() === "") throw new AppError("unprocessable", "The file is empty");
  if (format === "txt") return parsePlainText(text, { titleFromFirstLine: givenTitle === null });
  if (format === "md") return parseMarkdown(text);
  if (format === "html") return parseHtml(text);
  return parseXliff(text);
}

/**
 * Reads an uploaded file (bytes) or pasted text into an ImportedDocument.
 * Errors (AppError): "unprocessable" for an empty file, binary or non-UTF-8 text, a document with no text,
 * format errors (unreadable or password-protected .docx, malformed or non-XLIFF XML) and markup nested
 * too deeply to read;
 * "payload_too_large" over MAX_TEXT_BYTES of text or MAX_FILE_BYTES of file;
 * "unsupported_media_type" for an extension we do not read.
 * The title is the one given, else the one found: txt its first line (also the first block, an h1),
 * md its front-matter title, first heading or first line, html its first h1 or <title>,
 * docx its first heading, xliff none (null).
 */
export async function parseImport(input: ImportInput): Promise<ImportedDocument> {
  const bytes = input.bytes === undefined ? null : toBytes(input.bytes);
  const format =
    input.format ??
    (bytes ? detectFormat(input.filename, bytes) : input.filename ? detectFormat(input.filename, new Uint8Array()) : "txt");
  if (format === null) throw unsupported(input.filename);

  const size = bytes ? bytes.byteLength : new TextEncoder().encode(input.text).byteLength;
  if (size === 0 || (input.text !== undefined && input.text.trim() === "")) {
    throw new AppError("unprocessable", "The file is empty");
  }
  const limit = format === "txt" || format === "md" ? MAX_TEXT_BYTES : MAX_FILE_BYTES;
  if (size > limit) {
    throw new AppError("payload_too_large", `The file is over ${megabytes(limit)}. Split the article and import the parts.`);
  }

  const givenTitle = input.title?.trim() || null;
  let doc: ImportedDocument;
  try {
    doc = await parseFormat(format, input, givenTitle);
  } catch (error) {
    // Hostile markup nested thousands deep overflows the stack of the parsers.
    if (error instanceof RangeError) throw new AppError("unprocessable", "This file's markup is nested too deeply to be read.");
    throw error;
  }

  if (doc.blocks.length === 0) throw new AppError("unprocessable", "This file has no text to review.");
  const textBytes = doc.blocks.reduce((sum, block) => sum + new TextEncoder().encode(block.text).byteLength, 0);
  if (textBytes > MAX_TEXT_BYTES) {
    throw new AppError("payload_too_large", `The text is over ${megabytes(MAX_TEXT_BYTES)}. Split the article and import the parts.`);
  }
  return { ...doc, title: givenTitle ?? doc.title };
}
