// Rules for languages other than English, and the floor on Universal Dependencies text
// (tests/fixtures/segment/ud-*.txt, CC BY-SA 4.0; see tests/fixtures/SOURCES.md).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDevSet, scoreBoundaries } from "./boundary-score";
import { cldrAbbreviations } from "./cldr-suppressions";
import { sentenceOffsets, splitSentences } from "./index";

const split = (text: string, lang: string) => splitSentences(text, lang);

describe("a boundary before a digit or a dialogue dash after a full stop", () => {
  it("splits before a sentence that starts with a number", () => {
    expect(split("Ele foi morto por Marighella. 19 de junho foi o dia.", "pt")).toEqual(["Ele foi morto por Marighella.", "19 de junho foi o dia."]);
    expect(split("Он вернулся в Москву. 17 апреля он уехал.", "ru")).toEqual(["Он вернулся в Москву.", "17 апреля он уехал."]);
  });
  it("splits before a dialogue dash that opens a reply", () => {
    expect(split("Hepsini biliyordum. - Evet, gayet basit.", "tr")).toEqual(["Hepsini biliyordum.", "- Evet, gayet basit."]);
    expect(split("Il se tut. — Oui, dit-elle.", "fr")).toEqual(["Il se tut.", "— Oui, dit-elle."]);
  });
  it("keeps numbers after abbreviations, dates and a dash before a lower-case word", () => {
    expect(split("Siehe S. 5 und Nr. 7. Das ist alles.", "de")).toEqual(["Siehe S. 5 und Nr. 7.", "Das ist alles."]);
    expect(split("Am 5. 6. 2020 kam er.", "de")).toEqual(["Am 5. 6. 2020 kam er."]);
    expect(split("Альбом вышел в 2002 г. -- это был успех.", "ru")).toEqual(["Альбом вышел в 2002 г. -- это был успех."]);
  });
});

describe("no split inside web and e-mail addresses", () => {
  it("keeps a query string and an address whole", () => {
    expect(split("Lesen Sie news.asp?ArticleID=97508 dazu. Dann weiter.", "de")).toEqual(["Lesen Sie news.asp?ArticleID=97508 dazu.", "Dann weiter."]);
    expect(split("Voir http://example.org/a.php?Id=3 ici. Fin.", "fr")).toEqual(["Voir http://example.org/a.php?Id=3 ici.", "Fin."]);
  });
  it("does not look for an address across Chinese text, which has no spaces", () => {
    expect(split("电视剧《青春@Y2K》同期演员有余文乐。据《淡水厅志》记载。", "zh")).toEqual(["电视剧《青春@Y2K》同期演员有余文乐。", "据《淡水厅志》记载。"]);
  });
});

describe("Chinese and Japanese opening brackets", () => {
  it("start the sentence they open, not end the one before", () => {
    expect(split("它是一支军队。《南极条约》于1959年签署。", "zh")).toEqual(["它是一支军队。", "《南极条约》于1959年签署。"]);
    expect(split("目指している。「ありがとう」と言った。", "ja")).toEqual(["目指している。", "「ありがとう」と言った。"]);
    expect(split("最激动人心的发现”。“文化大革命”中陷入瘫痪。", "zh")).toEqual(["最激动人心的发现”。", "“文化大革命”中陷入瘫痪。"]);
  });
});

describe("initials", () => {
  it("joins single-letter initials in Latin and Cyrillic script", () => {
    expect(split("Türkiye lideri G. İzmir'de konuştu.", "tr")).toEqual(["Türkiye lideri G. İzmir'de konuştu."]);
    expect(split("Его открыл Иван П. Бардин в 1932 году.", "ru")).toEqual(["Его открыл Иван П. Бардин в 1932 году."]);
  });
  it("joins initials and dotted abbreviations of scripts without case", () => {
    expect(split("बी. सी. में पुलिस ने कहा कि वह घायल है।", "hi")).toEqual(["बी. सी. में पुलिस ने कहा कि वह घायल है।"]);
    expect(split("जी.डी.पी. ग्रोथ क्या था।", "hi")).toEqual(["जी.डी.पी. ग्रोथ क्या था।"]);
    expect(split("بين عامي 512 و511 ق.م, أقر الملك.", "ar")).toEqual(["بين عامي 512 و511 ق.م, أقر الملك."]);
    expect(split("قال أحمد ز. أمين إنه سيعود.", "ar")).toEqual(["قال أحمد ز. أمين إنه سيعود."]);
  });
  it("does not take the last letter of a hyphenated word for an initial", () => {
    expect(split("Написан на языке Objective-C. Композиция простая.", "ru")).toEqual(["Написан на языке Objective-C.", "Композиция простая."]);
  });
});

describe("abbreviations from the CLDR lists and the lists kept here", () => {
  it("reads CLDR entries as keys: last word, lower case, no final full stop", () => {
    expect(cldrAbbreviations("de")).toContain("z.b");
    expect(cldrAbbreviations("de")).toContain("chr");
    expect(cldrAbbreviations("de", ["so"])).not.toContain("so");
    expect(cldrAbbreviations("xx")).toEqual([]);
  });
  it("keeps abbreviations in it, pt, ru and tr", () => {
    expect(split("Il testo (att. 157) è citato dal dott. Rossi. Poi basta.", "it")).toEqual(["Il testo (att. 157) è citato dal dott. Rossi.", "Poi basta."]);
    expect(split("Vedi [v. 908] e la p. 3 del testo.", "it")).toEqual(["Vedi [v. 908] e la p. 3 del testo."]);
    expect(split("O Exmo. Sr. Silva chegou. Ele falou.", "pt")).toEqual(["O Exmo. Sr. Silva chegou.", "Ele falou."]);
    expect(split("Доклад проф. Иванова был в 1990 г. Он прошёл хорошо.", "ru")).toEqual(["Доклад проф. Иванова был в 1990 г.", "Он прошёл хорошо."]);
    expect(split("Toplantıya Prof. Dr. Ayşe Kaya katıldı. Bu çok iyiydi.", "tr")).toEqual(["Toplantıya Prof. Dr. Ayşe Kaya katıldı.", "Bu çok iyiydi."]);
  });
  it("splits after etc. before a capital outside English, as Intl.Segmenter does", () => {
    expect(split("Compró coliflor, pepino, etc. Cacín tiene más.", "es")).toEqual(["Compró coliflor, pepino, etc.", "Cacín tiene más."]);
  });
});

describe("Universal Dependencies development set", () => {
  const dir = path.join(import.meta.dirname, "../../tests/fixtures/segment");
  const langs = readdirSync(dir).flatMap((name) => /^ud-([a-z]+)\.txt$/.exec(name)?.slice(1) ?? []);

  function intlStarts(text: string, lang: string): number[] {
    const starts: number[] = [];
    for (const { index } of new Intl.Segmenter(lang, { granularity: "sentence" }).segment(text)) {
      let at = index;
      while (/\s/.test(text[at] ?? "")) at++;
      if (at > 0 && at < text.length) starts.push(at);
    }
    return starts;
  }

  it("covers the eleven languages", () => {
    expect(langs.sort()).toEqual(["ar", "de", "es", "fr", "hi", "it", "ja", "pt", "ru", "tr", "zh"]);
  });

  it("reaches a macro F1 of at least 95.5 with no language below Intl.Segmenter", () => {
    let macro = 0;
    for (const lang of langs) {
      const paragraphs = readDevSet(readFileSync(path.join(dir, `ud-${lang}.txt`), "utf8"));
      const ours = scoreBoundaries(paragraphs, lang, (text) => sentenceOffsets(text, lang));
      const intl = scoreBoundaries(paragraphs, lang, (text) => intlStarts(text, lang));
      expect(ours.f1, lang).toBeGreaterThanOrEqual(intl.f1);
      macro += ours.f1 / langs.length;
    }
    expect(macro).toBeGreaterThanOrEqual(0.955);
  });
});
