// A capitalised word spelt almost like a more frequent capitalised word of the same article
// ("Kahn" beside "Khan", "Dushambe" beside "Dushanbe").

import { editDistance, IssueList } from "./issues";
import type { QaCheck, QaSentence } from "./types";

/** Capitalised words that are not names, whatever their frequency. */
const commonWords = new Set(
  [
    // en
    "about after again also although among because before being between both during each either even every from have here however into just many more most much never only other over same since some such than that their them then there these they this those though through under until very were what when where whether which while will with within without would your",
    // fr
    "alors après aussi avant avec cette comme dans depuis donc elle elles entre leur leurs mais même nous pour puis quand sans selon sont sous tout tous toute toutes très vers",
    // de
    "aber alle als auch auf aus bei dann dass denn diese dieser durch eine einer für hier ihre immer nach nicht noch oder schon sehr sind über unter weil wenn wird während",
  ]
    .join(" ")
    .split(" "),
);

/** Endings that make a derived word, not a misspelling ("Russia" → "Russian", "Afghan" → "Afghans"). */
const derivationSuffixes = new Set(["s", "es", "n", "an", "ans", "ian", "ians", "ese", "i", "is", "e", "er", "ers", "ic", "ish", "ite", "ites", "ns"]);

interface Occurrence {
  sentenceId: number;
  start: number;
  end: number;
}

interface Spelling {
  word: string;
  occurrences: Occurrence[];
  /** Order of first appearance in the article. */
  first: number;
  /** Occurrences in the original-language text (tie-breaker). */
  inOriginal: number;
}

function isDerivation(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && derivationSuffixes.has(long.slice(short.length));
}

/** Close enough to be one name misspelt: stricter for short words, where real names differ by one letter (Iran, Iraq). */
function nearMiss(a: string, b: string): boolean {
  if (a[0] !== b[0] || isDerivation(a, b)) return false;
  const shortest = Math.min(a.length, b.length);
  const max = shortest >= 9 ? 2 : 1;
  const d = editDistance(a, b, max);
  if (d === 0 || d > max) return false;
  if (shortest >= 6) return true;
  // 4–5 letters: only a transposition (Kahn/Khan) or a letter added or dropped (Putin/Puttin).
  return a.length !== b.length || [...a].sort().join("") === [...b].sort().join("");
}

/** True when `candidate` is the spelling to keep rather than `other`. */
function preferred(candidate: Spelling, other: Spelling): boolean {
  const c = candidate.occurrences.length;
  const o = other.occurrences.length;
  if (c !== o) return c > o;
  if (candidate.inOriginal !== other.inOriginal) return candidate.inOriginal > other.inOriginal;
  return candidate.first < other.first;
}

/** Both spellings established in the article: likely two different names. */
function bothFrequent(rare: number, frequent: number): boolean {
  return rare >= 3 || (rare >= 2 && rare * 2 > frequent);
}

function collect(sentences: readonly QaSentence[]): Map<string, Spelling> {
  const lowerWords = new Set<string>();
  for (const s of sentences) for (const m of s.text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) lowerWords.add(m[0]);
  const original = sentences.map((s) => s.originalText ?? "").join("\n");

  const spellings = new Map<string, Spelling>();
  let order = 0;
  for (const s of sentences) {
    // A capital followed by at least one lower-case letter: names, not acronyms.
    for (const m of s.text.matchAll(/(?<![\p{L}\p{M}\p{N}])\p{Lu}\p{Ll}[\p{L}\p{M}]*(?![\p{N}])/gu)) {
      const word = m[0];
      const lower = word.toLowerCase();
      if ([...word].length < 4 || commonWords.has(lower) || lowerWords.has(lower)) continue;
      let spelling = spellings.get(word);
      if (!spelling) {
        const inOriginal = original.split(new RegExp(`(?<![\\p{L}\\p{M}])${word}(?![\\p{L}\\p{M}])`, "u")).length - 1;
        spelling = { word, occurrences: [], first: order++, inOriginal };
        spellings.set(word, spelling);
      }
      spelling.occurrences.push({ sentenceId: s.id, start: m.index, end: m.index + word.length });
    }
  }
  return spellings;
}

export const inconsistentName: QaCheck = (ctx) => {
  const spellings = [...collect(ctx.sentences).values()];
  const issues = new IssueList("inconsistent-name");
  const flagged: { rare: Spelling; keep: Spelling }[] = [];
  for (const rare of spellings) {
    let keep: Spelling | null = null;
    for (const other of spellings) {
      if (other === rare || !preferred(other, rare)) continue;
      if (bothFrequent(rare.occurrences.length, other.occurrences.length)) continue;
      if (!nearMiss(rare.word.toLowerCase(), other.word.toLowerCase())) continue;
      if (!keep || preferred(other, keep)) keep = other;
    }
    if (keep) flagged.push({ rare, keep });
  }
  for (const { rare, keep } of flagged) {
    for (const o of rare.occurrences) {
      const n = keep.occurrences.length;
      issues.add(
        o.sentenceId,
        o,
        rare.word,
        `“${rare.word}” is spelt “${keep.word}” elsewhere in the article (${n} time${n === 1 ? "" : "s"}).`,
        keep.word,
      );
    }
  }
  return issues.issues;
};
