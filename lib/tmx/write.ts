import { mtLangTag, sourceLangProp, type TmxPair } from "./types";

// Characters XML 1.0 cannot hold at all.
// eslint-disable-next-line no-control-regex
const invalidXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

function escapeXml(text: string): string {
  return text.replace(invalidXml, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** TMX date format: YYYYMMDDThhmmssZ (UTC). */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/**
 * A TMX 1.4b document of correction-memory pairs. With one language pair the header's srclang is the MT
 * tag of its target; with several it is "*all*" (the DTD's value for "any").
 */
export function writeTmx(pairs: readonly TmxPair[], options: { now?: Date; toolVersion?: string } = {}): string {
  const targets = new Set(pairs.map((p) => p.targetLang));
  const srclang = targets.size === 1 ? mtLangTag([...targets][0]) : "*all*";
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<tmx version="1.4">`,
    `  <header creationtool="Redline" creationtoolversion="${escapeXml(options.toolVersion ?? "1")}" segtype="sentence" o-tmf="redline-correction-memory" adminlang="en" srclang="${escapeXml(srclang)}" datatype="plaintext" creationdate="${tmxDate(options.now ?? new Date())}">`,
    `    <note>Correction memory: each unit pairs a machine-translated sentence (xml:lang ending in -x-mt) with its human correction.</note>`,
    `  </header>`,
    `  <body>`,
  ];
  for (const pair of pairs) {
    const dates = [
      pair.createdAt ? ` creationdate="${tmxDate(pair.createdAt)}"` : "",
      pair.changedAt ? ` changedate="${tmxDate(pair.changedAt)}"` : "",
    ].join("");
    lines.push(
      `    <tu srclang="${escapeXml(mtLangTag(pair.targetLang))}"${dates}>`,
      `      <prop type="${sourceLangProp}">${escapeXml(pair.sourceLang)}</prop>`,
      `      <tuv xml:lang="${escapeXml(mtLangTag(pair.targetLang))}"><seg>${escapeXml(pair.mt)}</seg></tuv>`,
      `      <tuv xml:lang="${escapeXml(pair.targetLang)}"><seg>${escapeXml(pair.correction)}</seg></tuv>`,
      `    </tu>`,
    );
  }
  lines.push(`  </body>`, `</tmx>`, ``);
  return lines.join("\n");
}
