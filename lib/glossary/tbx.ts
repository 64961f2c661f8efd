// Basic TBX export (TBX-Basic dialect of ISO 30042:2019, TBX v3 structure).

import type { GlossaryTerm } from "./term";

function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function termSec(term: string, status: "preferredTerm-admn-sts" | "deprecatedTerm-admn-sts"): string {
  return `        <termSec>\n          <term>${xml(term)}</term>\n          <termNote type="administrativeStatus">${status}</termNote>\n        </termSec>\n`;
}

/**
 * One conceptEntry per term: the original-language term (when known) in a langSec of `sourceLang`, the
 * preferred term and the forbidden variants (as deprecated terms) in a langSec of `targetLang`.
 */
export function glossaryToTbx(terms: readonly GlossaryTerm[], langs: { sourceLang: string; targetLang: string; title?: string }): string {
  let out =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<tbx style="dca" type="TBX-Basic" xml:lang="${xml(langs.targetLang)}" xmlns="urn:iso:std:iso:30042:ed-2">\n` +
    `  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>${xml(langs.title ?? "Redline glossary")}</p>\n      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n` +
    `  <text>\n    <body>\n`;
  terms.forEach((t, i) => {
    out += `    <conceptEntry id="c${i + 1}">\n`;
    if (t.note) out += `      <note>${xml(t.note)}</note>\n`;
    if (t.originalTerm) {
      out += `      <langSec xml:lang="${xml(langs.sourceLang)}">\n` + termSec(t.originalTerm, "preferredTerm-admn-sts") + `      </langSec>\n`;
    }
    out += `      <langSec xml:lang="${xml(langs.targetLang)}">\n` + termSec(t.term, "preferredTerm-admn-sts");
    for (const f of t.forbidden) out += termSec(f, "deprecatedTerm-admn-sts");
    out += `      </langSec>\n    </conceptEntry>\n`;
  });
  return out + `    </body>\n  </text>\n</tbx>\n`;
}
