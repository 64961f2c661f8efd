import mammoth from "mammoth";
import { AppError } from "@/lib/errors";
import type { BlockType } from "@/lib/article";
import { takeNotes } from "./docx-notes";
import { extractHtmlBlocks, joinBlocks, parseHtmlDocument } from "./html";
import type { ImportedDocument } from "./types";

/**
 * Word (.docx) import through mammoth's HTML conversion, then the HTML block extractor: headings (Word's
 * "Heading 1–6" styles, "Title" as h1, "Subtitle" as h2), paragraphs, list items; table cells as
 * paragraphs. Images and comments are dropped. Inline formatting (bold, links) is reduced to its text.
 * Blocks are separated by "\n\n".
 *
 * Footnotes and endnotes (docx-notes.ts): a reference marker stays in the text right after the word it
 * follows ("Ouch[1]."; the segmenter never splits at one); the notes come last, numbered together in
 * reference order, one "footnote" block per paragraph of a note: reviewable text, with the note's marker
 * ("[1] ") as the first block's prefix, kept verbatim for export and not reviewed.
 */

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
// An OLE compound file: an encrypted OOXML package, or a Word 97–2003 .doc.
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Whether an OLE file holds "EncryptedPackage" (the stream name, in UTF-16LE, of encrypted OOXML). */
function holdsEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Buffer.from("EncryptedPackage", "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export async function parseDocx(bytes: Uint8Array): Promise<ImportedDocument> {
  if (startsWith(bytes, oleMagic)) {
    if (holdsEncryptedPackage(bytes)) {
      throw new AppError("unprocessable", "This document is password-protected. Remove the password in Word and import it again.");
    }
    throw new AppError("unprocessable", "This .docx file could not be read: it is an old Word (.doc) file. Save it as .docx and import it again.");
  }
  if (!startsWith(bytes, zipMagic)) {
    throw new AppError("unprocessable", "This .docx file could not be read: it is not a Word document.");
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap, externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "unknown error";
    throw new AppError("unprocessable", `This .docx file could not be read: ${reason}`);
  }
  const root = parseHtmlDocument(html);
  const notes = takeNotes(root);
  const blocks: { block: BlockType; text: string; prefix?: string }[] = extractHtmlBlocks(root);
  const title = blocks.find((block) => block.block.startsWith("h"))?.text ?? null;
  for (const note of notes) {
    note.paragraphs.forEach((text, index) => blocks.push({ block: "footnote", text, prefix: index === 0 ? `${note.marker} ` : "" }));
  }
  return { title, leading: "", blocks: joinBlocks(blocks) };
}
