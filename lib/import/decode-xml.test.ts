import { describe, expect, it } from "vitest";
import { decodeXml, parseImport } from "./index";

const windows1252 = (text: string) => new Uint8Array([...text].map((ch) => ({ "€": 0x80, "’": 0x92, "é": 0xe9 })[ch] ?? ch.charCodeAt(0)));

describe("XLIFF encodings", () => {
  it("decodes a file in the encoding its declaration names", () => {
    expect(decodeXml(windows1252('<?xml version="1.0" encoding="windows-1252"?><a>Café 5€ l’été</a>'))).toContain("Café 5€ l’été");
    expect(decodeXml(new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?><a>é</a>'))).toContain("<a>é</a>");
  });

  it("refuses an encoding it does not know, and bytes that are not in the declared one", () => {
    expect(() => decodeXml(new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><a/>'))).toThrow(/declares the encoding "x-klingon"/);
    expect(() => decodeXml(new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="shift_jis"?><a>'), 0x81, 0x20]))).toThrow(/not valid shift_jis/);
  });

  it("imports a windows-1252 XLIFF file that was refused as not UTF-8", async () => {
    const xml = '<?xml version="1.0" encoding="windows-1252"?><xliff version="1.2"><file source-language="fr" target-language="en"><body><trans-unit id="1"><source>Été</source><target>Summer’s café</target></trans-unit></body></file></xliff>';
    const doc = await parseImport({ filename: "a.xlf", bytes: windows1252(xml) });
    expect(doc.blocks[0]).toMatchObject({ text: "Summer’s café", original: "Été" });
  });
});
