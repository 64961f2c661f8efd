// The MT sentence ends with punctuation and the correction does not.

import { perSentence } from "./issues";

const finalMark = /([.!?…:;])[\s"'”’»)\]]*$/u;

export const missingFinalPunctuation = perSentence("missing-final-punctuation", (sentence, issues) => {
  const source = finalMark.exec(sentence.sourceText.trimEnd());
  const text = sentence.text.trimEnd();
  if (!source || text === "" || finalMark.test(text)) return;
  const mark = source[1];
  const closing = /["'”’»)\]]$/u.test(text);
  const lastCode = text.charCodeAt(text.length - 1);
  const start = lastCode >= 0xdc00 && lastCode <= 0xdfff ? text.length - 2 : text.length - 1;
  issues.add(
    sentence.id,
    { start, end: text.length },
    "end",
    `The MT sentence ends with “${mark}”, the correction has no final punctuation.`,
    closing ? undefined : text.slice(start) + mark,
  );
});
