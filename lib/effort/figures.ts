// Effort figures from stored visits: Krings' temporal effort (time per word, words per hour) and
// technical effort (keystrokes per character), with HTER and edited share. Words and characters are
// those of the MT sentence, counted once per sentence however often it was visited.
import { emptyKeyCounts, keyClasses, totalKeys, type KeyCounts } from "./keystrokes";

/** One stored visit, as the report reads it. */
export interface VisitFacts {
  sentenceId: number;
  activeMs: number;
  keys: KeyCounts;
  pauses300: number;
  pauses1000: number;
}

/** What is known of a visited sentence: its MT size and its current correction's TER statistics. */
export interface SentenceFacts {
  mtWords: number;
  mtChars: number;
  edited: boolean;
  edits: number;
  refWords: number;
}

export interface EffortFigures {
  visits: number;
  sentences: number;
  words: number;
  characters: number;
  editedSentences: number;
  /** Share of visited sentences whose text differs from the MT, 0..100. */
  editedPercent: number;
  /** Corpus HTER of the visited sentences: total edits / total correction words. */
  hter: number;
  activeMs: number;
  keystrokes: number;
  keys: KeyCounts;
  pauses300: number;
  pauses1000: number;
  /** Seconds of editing per MT word. */
  secondsPerWord: number | null;
  wordsPerHour: number | null;
  keystrokesPerChar: number | null;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Figures of a group of visits; `sentences` must hold every visited sentence. */
export function effortFigures(visits: readonly VisitFacts[], sentences: ReadonlyMap<number, SentenceFacts>): EffortFigures {
  const keys = emptyKeyCounts();
  let activeMs = 0;
  let pauses300 = 0;
  let pauses1000 = 0;
  const visited = new Set<number>();
  for (const visit of visits) {
    activeMs += visit.activeMs;
    pauses300 += visit.pauses300;
    pauses1000 += visit.pauses1000;
    for (const name of keyClasses) keys[name] += visit.keys[name];
    visited.add(visit.sentenceId);
  }
  let words = 0;
  let characters = 0;
  let editedSentences = 0;
  let edits = 0;
  let refWords = 0;
  for (const id of visited) {
    const facts = sentences.get(id);
    if (!facts) continue;
    words += facts.mtWords;
    characters += facts.mtChars;
    if (facts.edited) editedSentences += 1;
    edits += facts.edits;
    refWords += facts.refWords;
  }
  const keystrokes = totalKeys(keys);
  const seconds = activeMs / 1000;
  return {
    visits: visits.length,
    sentences: visited.size,
    words,
    characters,
    editedSentences,
    editedPercent: visited.size ? round((100 * editedSentences) / visited.size, 1) : 0,
    hter: refWords ? round(Math.min(1, edits / refWords), 4) : edits ? 1 : 0,
    activeMs,
    keystrokes,
    keys,
    pauses300,
    pauses1000,
    secondsPerWord: words && activeMs ? round(seconds / words, 3) : null,
    wordsPerHour: words && activeMs ? round(words / (seconds / 3600), 1) : null,
    keystrokesPerChar: characters ? round(keystrokes / characters, 3) : null,
  };
}

/** Words of an MT sentence: runs of letters, marks and digits (the unit of "time per word"). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu)?.length ?? 0;
}

/** Characters (code points) of an MT sentence, for keystrokes per character. */
export function countChars(text: string): number {
  return [...text].length;
}
