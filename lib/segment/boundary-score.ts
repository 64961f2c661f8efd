// Boundary precision/recall/F1 of a segmenter on a development set (tests/fixtures/segment/ud-*.txt), shared
// by the bench and the floor test.

/** Paragraphs of a development set: one sentence per line, a blank line between paragraphs. */
export function readDevSet(file: string): string[][] {
  return file
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split("\n").map((line) => line.trim()).filter((line) => line !== ""))
    .filter((paragraph) => paragraph.length > 0);
}

/** Languages written without spaces between sentences. */
const unspaced = new Set(["zh", "ja"]);

/** A paragraph's text and the offsets where its sentences start (not 0). */
export function paragraphText(sentences: readonly string[], lang: string): { text: string; starts: number[] } {
  const glue = unspaced.has(lang) ? "" : " ";
  const starts: number[] = [];
  let text = "";
  sentences.forEach((sentence, index) => {
    if (index > 0) {
      text += glue;
      starts.push(text.length);
    }
    text += sentence;
  });
  return { text, starts };
}

export interface BoundaryScore {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  predicted: number;
  expected: number;
}

/** Scores a segmenter that returns sentence start offsets (without 0) for a paragraph. */
export function scoreBoundaries(paragraphs: readonly string[][], lang: string, starts: (text: string) => number[]): BoundaryScore {
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  for (const sentences of paragraphs) {
    const gold = paragraphText(sentences, lang);
    const got = new Set(starts(gold.text).filter((at) => at > 0));
    predicted += got.size;
    expected += gold.starts.length;
    for (const at of gold.starts) if (got.has(at)) truePositives++;
  }
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = expected === 0 ? 1 : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, predicted, expected };
}

/** Misses and false splits of a segmenter, as "…left ⟂ right…" snippets, for looking at errors. */
export function boundaryErrors(paragraphs: readonly string[][], lang: string, starts: (text: string) => number[]): { missed: string[]; extra: string[] } {
  const missed: string[] = [];
  const extra: string[] = [];
  const snippet = (text: string, at: number) => `${text.slice(Math.max(0, at - 30), at)}⟂${text.slice(at, at + 20)}`;
  for (const sentences of paragraphs) {
    const gold = paragraphText(sentences, lang);
    const got = new Set(starts(gold.text).filter((at) => at > 0));
    const want = new Set(gold.starts);
    for (const at of want) if (!got.has(at)) missed.push(snippet(gold.text, at));
    for (const at of got) if (!want.has(at)) extra.push(snippet(gold.text, at));
  }
  return { missed, extra };
}
