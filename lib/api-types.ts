// The shapes the REST API returns; shared by server use cases and browser components.
import type { BlockType, RevisionKind, SentenceStatus } from "./article";

export interface PersonView {
  id: number;
  name: string;
  email: string;
}

/** A sentence as the API and the workspace see it, with who last changed it. */
export interface SentenceView {
  id: number;
  articleId: number;
  position: number;
  paragraph: number;
  block: BlockType;
  sourceText: string;
  text: string;
  status: SentenceStatus;
  version: number;
  originalText: string | null;
  updatedAt: string;
  lastChange: { kind: string; author: PersonView; createdAt: string } | null;
}

export interface ArticleView {
  id: number;
  title: string;
  sourceLang: string;
  targetLang: string;
  createdAt: string;
  updatedAt: string;
  createdBy: PersonView;
  sentences: SentenceView[];
}

export interface RevisionView {
  id: number;
  sentenceId: number;
  kind: RevisionKind;
  text: string;
  status: SentenceStatus;
  version: number;
  createdAt: string;
  author: PersonView;
}
