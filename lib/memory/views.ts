// Response shapes of the correction-memory API, shared by server use cases and components.
import type { DiffPart } from "../diff/word-diff";

export interface MemorySuggestion {
  /** A memory entry that made this suggestion (the most recent when several agree). */
  entryId: number;
  kind: "exact" | "fuzzy";
  /** 100 for exact matches; the token Levenshtein similarity for fuzzy ones (lib/memory/match). */
  score: number;
  /** The remembered MT sentence and its correction. */
  mtText: string;
  correction: string;
  /** Word diff from the remembered MT to this sentence's MT (all equal for an exact match). */
  mtDiff: DiffPart[];
  /** How many remembered sentences had this MT and this correction. */
  uses: number;
  origin: string;
}

export interface SentenceSuggestionsView {
  sentenceId: number;
  exact: MemorySuggestion[];
  fuzzy: MemorySuggestion[];
}

/** Exact matches for every sentence of an article that has one (the best correction each). */
export interface ArticleSuggestionsView {
  articleId: number;
  sentences: { sentenceId: number; correction: string; uses: number; entryId: number }[];
}

export interface MemoryEntryView {
  id: number;
  sourceLang: string;
  targetLang: string;
  mtText: string;
  correction: string;
  hter: number;
  origin: string;
  articleId: number | null;
  updatedAt: string;
}

/** GET /api/v1/memory: the newest matching entries and how many match in all. */
export interface MemorySearchView {
  entries: MemoryEntryView[];
  total: number;
}

export interface LearnedFixView {
  id: number;
  sourceLang: string;
  targetLang: string;
  from: string;
  to: string;
  articles: number;
  editors: number;
  active: boolean;
  promotedAt: string | null;
}

export interface TmxImportView {
  imported: number;
  /** Pairs already in the memory. */
  duplicates: number;
  skipped: { unit: number; reason: string }[];
}
