import type { BlockType } from "@/lib/article";

/** A paragraph-level block of an imported document, before it is split into sentences. */
export interface ImportedBlock {
  block: BlockType;
  /** Markdown markup before the text ("## ", "- "), "" for other formats. */
  prefix: string;
  /** The text to review, without leading or trailing whitespace. */
  text: string;
  /** Whitespace that followed the block in the original ("\n\n", "\n"; "" for the last). */
  separator: string;
  /** Original-language text of the block, when the format carries it (XLIFF source). */
  original?: string | null;
  /** The block is one sentence already (XLIFF units): do not segment it. */
  presegmented?: boolean;
}

export interface ImportedDocument {
  /** Title found in the document (first line, <title>, first heading), or null. */
  title: string | null;
  /** Whitespace before the first block. */
  leading: string;
  blocks: ImportedBlock[];
  sourceLang?: string | null;
  targetLang?: string | null;
  /** XLIFF units left out because they have no target (no MT to review). */
  skippedUnits?: number;
}

/** A sentence ready to be stored, in article order. */
export interface SentenceDraft {
  paragraph: number;
  block: BlockType;
  prefix: string;
  text: string;
  trailing: string;
  originalText: string | null;
}
