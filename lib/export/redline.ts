// The redline of an article, whatever it is drawn with (HTML page, PDF): each sentence's changes from the
// MT to the correction, and a numbered note per changed sentence saying who made the change and when.

import type { ArticleModel, SentenceModel } from "@/lib/article";
import { type DiffPart, hasChanges, wordDiff } from "@/lib/diff/word-diff";
import { type Block, changeAttribution, displayName, formatTime, groupBlocks, orderedSentences } from "./shared";

export interface RedlineSentence {
  sentence: SentenceModel;
  parts: DiffPart[];
  /** The number of this sentence's note, or null when the sentence is unchanged. */
  note: number | null;
}

export interface RedlineNote {
  number: number;
  /** The sentence's number in article order (1-based). */
  sentence: number;
  author: string;
  /** ISO time of the change, and the same as people read it ("2021-09-17 14:03 UTC"). */
  date: string;
  time: string;
}

export interface Redline {
  blocks: { block: Block; sentences: RedlineSentence[] }[];
  notes: RedlineNote[];
  sentenceCount: number;
}

/** The article's blocks with each sentence's word diff, and the notes of the changed sentences in order. */
export function redlineOf(article: ArticleModel): Redline {
  const sentences = orderedSentences(article);
  const numbers = new Map(sentences.map((sentence, index) => [sentence, index + 1]));
  const notes: RedlineNote[] = [];
  const blocks = groupBlocks(sentences).map((block) => ({
    block,
    sentences: block.sentences.map((sentence): RedlineSentence => {
      const parts = wordDiff(sentence.sourceText, sentence.text, article.targetLang);
      if (!hasChanges(parts)) return { sentence, parts, note: null };
      const who = changeAttribution(article, sentence);
      const number = notes.length + 1;
      notes.push({ number, sentence: numbers.get(sentence) ?? 0, author: displayName(who.author), date: who.date, time: formatTime(who.date) });
      return { sentence, parts, note: number };
    }),
  }));
  return { blocks, notes, sentenceCount: sentences.length };
}
