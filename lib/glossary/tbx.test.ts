import { describe, expect, it } from "vitest";
import { glossaryToTbx } from "./tbx";

describe("TBX export", () => {
  it("writes one concept entry per term with preferred and deprecated terms", () => {
    const tbx = glossaryToTbx(
      [
        { term: "Dushanbe", forbidden: ["Dushambe"], originalTerm: "Douchanbé", note: "capital <Tajikistan> & co" },
        { term: "Taliban", forbidden: [] },
      ],
      { sourceLang: "fr", targetLang: "en" },
    );
    expect(tbx).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tbx style="dca" type="TBX-Basic" xml:lang="en"/);
    expect(tbx).toContain('<conceptEntry id="c1">');
    expect(tbx).toContain("<note>capital &lt;Tajikistan&gt; &amp; co</note>");
    expect(tbx).toContain('<langSec xml:lang="fr">\n        <termSec>\n          <term>Douchanbé</term>');
    expect(tbx).toContain("<term>Dushambe</term>\n          <termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>");
    expect(tbx.match(/<conceptEntry /g)).toHaveLength(2);
    expect(tbx.match(/<langSec /g)).toHaveLength(3);
    expect(tbx.endsWith("</tbx>\n")).toBe(true);
  });
});
