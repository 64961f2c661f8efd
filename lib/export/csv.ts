// CSV: the revision history, one row per revision.

import type { ArticleModel } from "@/lib/article";
import { displayName, orderedRevisions, orderedSentences } from "./shared";

const header = ["time", "author", "sentence", "kind", "before", "after"];

/** RFC 4180 field: quoted (quotes doubled) when it holds a quote, comma, CR or LF. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * `time,author,sentence,kind,before,after`: sentences in article order (sentence = 1-based number in that
 * order), each sentence's revisions in time order; before = the text of the previous revision of the
 * sentence ("" for the first, the IMPORT). RFC 4180: CRLF line ends, a header row. UTF-8 with a
 * byte-order mark so spreadsheet programs read accents, Arabic and emoji correctly.
 */
export function toHistoryCsv(article: ArticleModel): string {
  const rows: string[][] = [header];
  orderedSentences(article).forEach((sentence, index) => {
    let before = "";
    for (const revision of orderedRevisions(sentence)) {
      rows.push([
        revision.createdAt,
        displayName(revision.author),
        String(index + 1),
        revision.kind,
        revision.kind === "IMPORT" ? "" : before,
        revision.text,
      ]);
      before = revision.text;
    }
  });
  return `\uFEFF${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
