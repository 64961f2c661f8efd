// Domain vocabulary shared by every layer. Pure: no Next, no Prisma.

export const roles = ["ADMIN", "REVIEWER", "EDITOR", "VIEWER"] as const;
export type Role = (typeof roles)[number];

export const sentenceStatuses = ["UNTOUCHED", "EDITED", "CONFIRMED"] as const;
export type SentenceStatus = (typeof sentenceStatuses)[number];

export const revisionKinds = ["IMPORT", "EDIT", "CONFIRM", "REVERT", "SPLIT", "MERGE", "UNDO"] as const;
export type RevisionKind = (typeof revisionKinds)[number];

/** Sentence positions are spaced out, so a split can slot a sentence in without moving the others. */
export const positionStep = 1024;

/** Block type of the paragraph a sentence belongs to. */
export const blockTypes = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "quote", "footnote", "code", "html", "hr"] as const;
export type BlockType = (typeof blockTypes)[number];

/**
 * Blocks kept verbatim for export but not reviewed: code, raw HTML and thematic breaks. They have no
 * textbox, and are not counted in progress or HTER.
 */
export const verbatimBlockTypes = ["code", "html", "hr"] as const satisfies readonly BlockType[];

export function isReviewable(block: BlockType | string): boolean {
  return !(verbatimBlockTypes as readonly string[]).includes(block);
}

export interface Person {
  name: string;
  email: string;
}

export interface RevisionModel {
  id: number;
  kind: RevisionKind;
  text: string;
  status: SentenceStatus;
  version: number;
  author: Person;
  createdAt: string; // ISO 8601
}

export interface SentenceModel {
  id: number;
  position: number;
  paragraph: number;
  block: BlockType;
  /** Markup that preceded the sentence in a Markdown original ("## ", "- "); "" otherwise. */
  prefix: string;
  /** Whitespace that followed the sentence in the original ("", " ", "\n", "\n\n"). */
  trailing: string;
  sourceText: string;
  text: string;
  status: SentenceStatus;
  version: number;
  /** Original-language (pre-MT) text aligned to this sentence, when known. */
  originalText: string | null;
  revisions: RevisionModel[];
}

/** Everything an exporter needs, in article order. */
export interface ArticleModel {
  id: number;
  title: string;
  sourceLang: string;
  targetLang: string;
  leading: string;
  createdAt: string;
  updatedAt: string;
  createdBy: Person;
  sentences: SentenceModel[];
}
