// The shapes the REST API returns; shared by server use cases and browser components.
import type { BlockType, RevisionKind, Role, SentenceStatus } from "./article";
import type { AnnotationTarget, MqmCategory, MqmRawScore, MqmSeverity } from "./mqm";
import type { CheckId, QaIssue } from "./qa/types";
import type { ArticleState } from "./workflow";

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
  /** Markup kept as imported before the sentence, not reviewed: a Markdown prefix ("## ", "- ") or a note's marker ("[1] "). */
  prefix: string;
  sourceText: string;
  text: string;
  status: SentenceStatus;
  version: number;
  originalText: string | null;
  updatedAt: string;
  lastChange: { kind: string; author: PersonView; createdAt: string } | null;
  /** HTER of the correction: TER of the MT (`sourceText`) against `text`, capped at 1. */
  hter: number;
}

export interface ArticleView {
  id: number;
  title: string;
  sourceLang: string;
  targetLang: string;
  /** The MT engine that produced the text, when the import said. */
  mtEngine: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: PersonView;
  sentences: SentenceView[];
  /** Review workflow state; APPROVED articles are read-only until reopened. */
  state: ArticleState;
  editor: UserRef | null;
  reviewer: UserRef | null;
  /** Unresolved comment threads on the article's sentences. */
  openComments: number;
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
  /** Why, for revisions made by a split, merge or undo. */
  note: string | null;
}

/** An automatic QA issue with the sentence it points into (offsets are into `sentence.text`). */
export interface QaIssueView extends QaIssue {
  dismissed: boolean;
  sentence: { position: number; /** 1-based number in article order. */ number: number | null; text: string; version: number };
}

export interface ChecksView {
  issues: QaIssueView[];
  /** The checks switched on for the article. */
  enabled: CheckId[];
}

/** Quality figures of an article. */
export interface ArticleQualityView {
  /** Corpus HTER: total edits / total reference (correction) words, not a mean of sentence scores. */
  hter: number;
  edits: number;
  referenceWords: number;
  sentences: number;
  /** Sentences whose text differs from the machine translation. */
  edited: number;
  /** edited / sentences × 100, one decimal. */
  percentEdited: number;
  confirmed: number;
  qa: { open: number; dismissed: number; byCheck: Partial<Record<CheckId, number>> };
  /** MQM figures from the article's live annotations. */
  mqm: ArticleQualityMqm;
}

/** MQM 2.0 raw score (null when the MT has no words), Google WMT document score, and error counts. */
export interface ArticleQualityMqm {
  annotationCount: number;
  score: MqmRawScore | null;
  /** Google WMT: mean penalty per sentence, lower is better. */
  wmt: number;
  byCategory: Record<MqmCategory, number>;
  bySeverity: Record<MqmSeverity, number>;
  /** Counts per category and severity, only the non-zero pairs. */
  errors: { category: MqmCategory; severity: MqmSeverity; count: number }[];
}

/** One article in the cross-article quality view. */
export interface ArticleQualityRow {
  id: number;
  title: string;
  importedAt: string;
  sourceLang: string;
  targetLang: string;
  /** The MT engine named at import, if any. */
  mtEngine: string | null;
  sentences: number;
  hter: number;
  percentEdited: number;
  annotationCount: number;
  /** MQM overall quality score; null when the MT has no words. */
  oqs: number | null;
  pass: boolean | null;
  wmt: number;
}

/** Averages over the articles of one language pair. */
export interface LanguagePairQuality {
  pair: string;
  articles: number;
  hter: number;
  percentEdited: number;
  /** Mean OQS of the articles that have one; null when none has. */
  oqs: number | null;
  wmt: number;
}

export interface QualityOverview {
  articles: ArticleQualityRow[];
  byLanguagePair: LanguagePairQuality[];
  /** True when there were more articles than the view computes (the most recent are shown). */
  truncated: boolean;
}

/** A term of the installation glossary. */
export interface GlossaryTermView {
  id: number;
  term: string;
  forbidden: string[];
  originalTerm: string | null;
  note: string | null;
  updatedAt: string;
}

export interface GlossaryImportResult {
  mode: "merge" | "replace";
  created: number;
  updated: number;
  deleted: number;
  /** Terms in the glossary after the import. */
  total: number;
}

/** A person as a pick list shows them. */
export interface UserRef {
  id: number;
  name: string;
}

/** An enabled user who can be assigned, with the role that says which jobs they may do. */
export interface AssignableUserView extends UserRef {
  role: Role;
}

/** Something that happened to a whole article: a workflow transition or an assignment. */
export interface ArticleEventView {
  id: number;
  kind: string;
  fromState: ArticleState | null;
  toState: ArticleState | null;
  reason: string | null;
  author: UserRef;
  createdAt: string;
}

/** The article's workflow: state, assignees and events, oldest first. */
export interface ArticleWorkflowView {
  articleId: number;
  state: ArticleState;
  editor: UserRef | null;
  reviewer: UserRef | null;
  events: ArticleEventView[];
}

/** A comment on a sentence; `parentId` null starts a thread, whose first comment carries the resolution. */
export interface CommentView {
  id: number;
  sentenceId: number;
  articleId: number;
  parentId: number | null;
  body: string;
  author: UserRef;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: UserRef | null;
}

/** One MQM error annotation as the API returns it. */
export interface AnnotationView {
  id: number;
  sentenceId: number;
  articleId: number;
  target: AnnotationTarget;
  start: number;
  end: number;
  category: MqmCategory;
  severity: MqmSeverity;
  comment: string | null;
  author: PersonView;
  createdAt: string;
  updatedAt: string;
  /** Whether the asking actor may edit or delete it (its author, a reviewer or an admin). */
  canModify: boolean;
}

/** A personal API token as listed (never the token itself). */
export interface TokenView {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
