import { francAll } from "franc-min";

/**
 * Language identification with franc-min (trigram profiles of 82 languages, ISO 639-3 codes), mapped to
 * BCP-47 tags: the two-letter ISO 639-1 code where one exists ("eng" → "en", "pes" → "fa", "pbu" → "ps",
 * "cmn" → "zh", "arb" → "ar"), else the three-letter code ("ceb", "bho").
 *
 * Dari: franc-min has no Dari profile, so Dari text is reported as Persian, "fa" (the two are one
 * written language with a few lexical differences, which trigrams at this size do not tell apart). Were a
 * fuller model to return "prs", it is mapped to "fa-AF", the tag CLDR, Intl and translation services use
 * for Dari; the person importing should confirm Dari vs Persian.
 * Serbian, Bosnian and Croatian are likewise hard to tell apart; so are Malay and Indonesian.
 */

/** ISO 639-3 (as franc returns them) to BCP-47. */
const bcp47: Record<string, string> = {
  amh: "am", arb: "ar", azj: "az", bel: "be", ben: "bn", bos: "bs", bul: "bg", ces: "cs", ckb: "ckb",
  cmn: "zh", deu: "de", ell: "el", eng: "en", fra: "fr", fuv: "fuv", guj: "gu", hau: "ha", hin: "hi",
  hrv: "hr", hun: "hu", ibo: "ig", ind: "id", ita: "it", jav: "jv", jpn: "ja", kan: "kn", kaz: "kk",
  kin: "rw", kor: "ko", lin: "ln", mal: "ml", mar: "mr", mya: "my", nld: "nl", npi: "ne", nya: "ny",
  pan: "pa", pbu: "ps", pes: "fa", plt: "mg", pol: "pl", por: "pt", prs: "fa-AF", ron: "ro", run: "rn",
  rus: "ru", sin: "si", som: "so", spa: "es", srp: "sr", sun: "su", swe: "sv", swh: "sw", tam: "ta",
  tel: "te", tgl: "tl", tha: "th", tur: "tr", ukr: "uk", urd: "ur", uzn: "uz", vie: "vi", yor: "yo",
  zlm: "ms", zul: "zu", zyb: "za",
};

/** A BCP-47 tag for an ISO 639-3 code: the two-letter code where there is one, else the code itself. */
export function toBcp47(iso6393: string): string {
  return bcp47[iso6393] ?? iso6393;
}

/** Below this many letters (ideographs count three) a guess is not worth making. */
export const MIN_LETTERS = 20;

// Characters of scripts written without spaces, each worth about a word.
const ideographic = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;

function letterWeight(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const ideographs = text.match(ideographic)?.length ?? 0;
  return letters + 2 * ideographs;
}

/**
 * The language of a text, or null when it is too short to tell (under MIN_LETTERS letters) or franc
 * cannot tell. `confidence` (0–1) is a heuristic: the lead of the best language over the second best
 * (franc's scores; a lead of 0.25 or more counts as certain), reduced for texts under 60 letters.
 * Languages alone in their script (Chinese, Japanese, Korean, Greek, Thai…) get full confidence.
 */
export function detectLanguage(text: string): { lang: string; confidence: number } | null {
  const sample = text
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, " ")
    .replace(/\S+@\S+\.\S+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const letters = letterWeight(sample);
  if (letters < MIN_LETTERS) return null;
  const ranked = francAll(sample, { minLength: 1 });
  const [best, second] = ranked;
  if (!best || best[0] === "und") return null;
  const lead = second ? best[1] - second[1] : 1;
  const confidence = Math.min(1, lead / 0.25) * Math.min(1, letters / 60);
  return { lang: toBcp47(best[0]), confidence: Math.round(confidence * 100) / 100 };
}
