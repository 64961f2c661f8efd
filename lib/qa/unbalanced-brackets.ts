// Quotes and brackets that are opened and never closed, or closed and never opened. A quotation may run
// over several sentences, so pairs are matched across the article, within a few sentences.

import { IssueList } from "./issues";
import type { QaCheck } from "./types";

type PairType = "round" | "square" | "curly" | "guillemet" | "double-quote" | "straight-quote";

interface Mark {
  type: PairType;
  open: boolean;
}

/** How many sentences later a pair may still close. */
const reach: Record<PairType, number> = {
  round: 2,
  square: 2,
  curly: 2,
  guillemet: 6,
  "double-quote": 6,
  "straight-quote": 6,
};

const closingName: Record<PairType, string> = {
  round: ")",
  square: "]",
  curly: "}",
  guillemet: "»",
  "double-quote": "”",
  "straight-quote": '"',
};

function markTable(lang: string): Map<string, Mark> {
  const german = /^de\b/i.test(lang);
  return new Map<string, Mark>([
    ["(", { type: "round", open: true }],
    [")", { type: "round", open: false }],
    ["[", { type: "square", open: true }],
    ["]", { type: "square", open: false }],
    ["{", { type: "curly", open: true }],
    ["}", { type: "curly", open: false }],
    // German: »Zitat« and „Zitat“.
    ["«", { type: "guillemet", open: !german }],
    ["»", { type: "guillemet", open: german }],
    ["„", { type: "double-quote", open: true }],
    ["“", { type: "double-quote", open: !german }],
    ["”", { type: "double-quote", open: false }],
  ]);
}

/** A straight quote opens after a space or an opening bracket (or at the start), and closes otherwise. */
function straightQuoteOpens(text: string, at: number, pending: boolean): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  if (before === undefined || /[\s([{]/u.test(before)) return true;
  if (after === undefined || /[\s.,;:!?)\]}]/u.test(after)) return false;
  return !pending;
}

interface Open {
  sentence: number;
  sentenceId: number;
  at: number;
  char: string;
}

export const unbalancedBrackets: QaCheck = (ctx) => {
  const table = markTable(ctx.lang);
  const issues = new IssueList("unbalanced-brackets");
  const stacks = new Map<PairType, Open[]>();
  const stack = (type: PairType) => {
    let s = stacks.get(type);
    if (!s) stacks.set(type, (s = []));
    return s;
  };
  const unclosed = (o: Open, type: PairType) =>
    issues.add(o.sentenceId, { start: o.at, end: o.at + 1 }, `${o.char} open`, `“${o.char}” is never closed (no “${closingName[type]}”).`);
  const expire = (sentence: number) => {
    for (const [type, s] of stacks) {
      for (const o of s.filter((o) => sentence - o.sentence > reach[type])) unclosed(o, type);
      stacks.set(type, s.filter((o) => sentence - o.sentence <= reach[type]));
    }
  };

  ctx.sentences.forEach((sentence, index) => {
    expire(index);
    const { text } = sentence;
    for (let at = 0; at < text.length; at++) {
      const char = text[at];
      let mark = table.get(char);
      if (char === '"') {
        // Inches and seconds: 5"
        if (/\d/.test(text[at - 1] ?? "")) continue;
        mark = { type: "straight-quote", open: straightQuoteOpens(text, at, stack("straight-quote").length > 0) };
      }
      if (!mark) continue;
      const s = stack(mark.type);
      if (mark.open) s.push({ sentence: index, sentenceId: sentence.id, at, char });
      else if (s.length > 0) s.pop();
      else issues.add(sentence.id, { start: at, end: at + 1 }, `${char} close`, `“${char}” closes nothing.`);
    }
  });
  expire(Infinity);
  return issues.issues;
};
