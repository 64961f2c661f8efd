// XLIFF 2.0 and 1.2: one unit per sentence, source = original text (or the MT), target = correction.

import type { ArticleModel, SentenceModel, SentenceStatus } from "@/lib/article";
import { escapeMarkup as x, orderedSentences } from "./shared";

/** Namespace of the Redline attributes (paragraph, block) that let an importer rebuild paragraphs. */
export const redlineXliffNamespace = "urn:redline:xliff";

/** XLIFF 2.0 segment state: UNTOUCHED → translated, EDITED → reviewed, CONFIRMED → final. */
export const xliff2State: Record<SentenceStatus, "translated" | "reviewed" | "final"> = {
  UNTOUCHED: "translated",
  EDITED: "reviewed",
  CONFIRMED: "final",
};

/** XLIFF 1.2 target state: UNTOUCHED → translated (qualifier mt-suggestion), EDITED → signed-off, CONFIRMED → final. */
export const xliff12State: Record<SentenceStatus, "translated" | "signed-off" | "final"> = {
  UNTOUCHED: "translated",
  EDITED: "signed-off",
  CONFIRMED: "final",
};

function sourceOf(sentence: SentenceModel): string {
  return sentence.originalText ?? sentence.sourceText;
}

function redlineAttributes(sentence: SentenceModel): string {
  return `rl:paragraph="${sentence.paragraph}" rl:block="${sentence.block}"`;
}

const declaration = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * XLIFF 2.0: one <file>, the title as a file note (category "title"), then one <unit> per sentence in
 * article order, not grouped (paragraph and block type are kept as rl:paragraph / rl:block attributes).
 * Unit id = sentence id. The MT is a unit note with category "mt".
 */
export function toXliff2(article: ArticleModel): string {
  const units = orderedSentences(article).map(
    (sentence) => `    <unit id="${sentence.id}" ${redlineAttributes(sentence)}>
      <notes>
        <note category="mt">${x(sentence.sourceText)}</note>
      </notes>
      <segment state="${xliff2State[sentence.status]}">
        <source xml:space="preserve">${x(sourceOf(sentence))}</source>
        <target xml:space="preserve">${x(sentence.text)}</target>
      </segment>
    </unit>`,
  );
  return `${declaration}
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:rl="${redlineXliffNamespace}" version="2.0" srcLang="${x(article.sourceLang)}" trgLang="${x(article.targetLang)}">
  <file id="article-${article.id}">
    <notes>
      <note category="title">${x(article.title)}</note>
    </notes>
${units.join("\n")}
  </file>
</xliff>
`;
}

/**
 * XLIFF 1.2: one <file> (datatype plaintext, the title in the header note), one <trans-unit> per
 * sentence in article order, not grouped. The MT is `<note from="mt">`; CONFIRMED units are approved.
 */
export function toXliff12(article: ArticleModel): string {
  const units = orderedSentences(article).map((sentence) => {
    const qualifier = sentence.status === "UNTOUCHED" ? ' state-qualifier="mt-suggestion"' : "";
    const approved = sentence.status === "CONFIRMED" ? ' approved="yes"' : "";
    return `      <trans-unit id="${sentence.id}" xml:space="preserve"${approved} ${redlineAttributes(sentence)}>
        <source>${x(sourceOf(sentence))}</source>
        <target state="${xliff12State[sentence.status]}"${qualifier}>${x(sentence.text)}</target>
        <note from="mt">${x(sentence.sourceText)}</note>
      </trans-unit>`;
  });
  return `${declaration}
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:rl="${redlineXliffNamespace}" version="1.2">
  <file original="article-${article.id}" datatype="plaintext" source-language="${x(article.sourceLang)}" target-language="${x(article.targetLang)}">
    <header>
      <note from="title">${x(article.title)}</note>
    </header>
    <body>
${units.join("\n")}
    </body>
  </file>
</xliff>
`;
}
