import { toSentenceDrafts } from "./sentences";
import { parsePlainText } from "./text";

/** The sentences a plain text would be split into (paragraph-aware), without storing anything. */
export function previewSentences(text: string, lang: string): string[] {
  return toSentenceDrafts(parsePlainText(text, { titleFromFirstLine: false }), lang).map((draft) => draft.text);
}
