import { isReviewable } from "@/lib/article";
import { segmentBlock } from "@/lib/segment";
import type { ImportedDocument, SentenceDraft } from "./types";

/** Splits every block of a document into sentences, keeping all whitespace for an exact round trip. */
export function toSentenceDrafts(doc: ImportedDocument, lang: string): SentenceDraft[] {
  const drafts: SentenceDraft[] = [];
  doc.blocks.forEach((block, paragraph) => {
    // Verbatim blocks (code, raw HTML, thematic breaks) stay whole: they are not sentences to review.
    const parts = block.presegmented || !isReviewable(block.block)
      ? [{ text: block.text, trailing: "" }]
      : segmentBlock(block.text, lang).sentences.map((s) => ({ ...s }));
    if (parts.length === 0) return;
    parts[parts.length - 1].trailing += block.separator;
    parts.forEach((part, index) => {
      drafts.push({
        paragraph,
        block: block.block,
        prefix: index === 0 ? block.prefix : "",
        text: part.text,
        trailing: part.trailing,
        originalText: block.presegmented ? (block.original ?? null) : null,
      });
    });
  });
  return drafts;
}

/** The text the drafts were made from (without Markdown prefixes): the inverse of import. */
export function joinDrafts(leading: string, drafts: Pick<SentenceDraft, "text" | "trailing">[]): string {
  return leading + drafts.map((draft) => draft.text + draft.trailing).join("");
}
