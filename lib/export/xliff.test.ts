import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { exportArticle } from "./index";
import { arabicFixed, arabicMt, hostileImg, hostileScript, sampleArticle } from "./test-fixtures";
import { toXliff12, toXliff2 } from "./xliff";

const xliff2Ns = "urn:oasis:names:tc:xliff:document:2.0";
const xliff12Ns = "urn:oasis:names:tc:xliff:document:1.2";

/** Parses strictly; a single well-formedness error fails the test. */
function parseXml(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  return doc;
}

function child(element: Element, ns: string, name: string): Element {
  const found = element.getElementsByTagNameNS(ns, name)[0];
  if (!found) throw new Error(`no <${name}> in <${element.localName}>`);
  return found;
}

function hostileArticle() {
  const article = sampleArticle();
  article.title = `Title & "quotes" <b>`;
  const first = article.sentences.find((s) => s.position === 0);
  if (!first) throw new Error("fixture");
  first.text += " \u0001]]>";
  return article;
}

describe("xliff 2.0 export", () => {
  it("is well-formed, one unit per sentence in article order, MT kept as a note", async () => {
    const file = await exportArticle(hostileArticle(), "xliff");
    expect(file.filename).toMatch(/\.xlf$/);
    expect(file.contentType).toContain("xliff+xml");
    const doc = parseXml(String(file.body));
    const root = doc.documentElement;
    if (!root) throw new Error("no root");
    expect(root.namespaceURI).toBe(xliff2Ns);
    expect(root.getAttribute("version")).toBe("2.0");
    expect(root.getAttribute("srcLang")).toBe("fr");
    expect(root.getAttribute("trgLang")).toBe("en");
    const units = Array.from(root.getElementsByTagNameNS(xliff2Ns, "unit"));
    expect(units.map((u) => u.getAttribute("id"))).toEqual(["100", "101", "102", "103", "104", "105"]);
    const [first, second, third, fourth, fifth] = units;
    const segment = (u: Element) => child(u, xliff2Ns, "segment");
    expect(segment(first).getAttribute("state")).toBe("reviewed");
    expect(segment(second).getAttribute("state")).toBe("final");
    expect(segment(third).getAttribute("state")).toBe("translated");
    expect(child(first, xliff2Ns, "source").textContent).toBe("La Russie et la Chine plaident pour un rapprochement avec les talibans");
    expect(child(first, xliff2Ns, "target").textContent).toBe("Russia and China advocate a pragmatic rapprochement with the Taliban ]]>");
    const note = child(first, xliff2Ns, "note");
    expect(note.getAttribute("category")).toBe("mt");
    expect(note.textContent).toBe("Russia and China plead for a rapprochement with the Taliban");
    // No original text: the source is the MT.
    expect(child(third, xliff2Ns, "source").textContent).toBe(`He said "it's 5 < 6 & 7 > 3" and ${hostileScript} ${hostileImg}.`);
    expect(child(fourth, xliff2Ns, "source").textContent).toBe(arabicMt);
    expect(child(fourth, xliff2Ns, "target").textContent).toBe(arabicFixed);
    expect(child(fifth, xliff2Ns, "target").textContent).toBe("Good news 🎉 for the region 👍🏽.");
    expect(fourth.getAttributeNS("urn:redline:xliff", "block")).toBe("li");
    expect(fourth.getAttributeNS("urn:redline:xliff", "paragraph")).toBe("2");
    const fileNote = child(child(root, xliff2Ns, "file"), xliff2Ns, "note");
    expect(fileNote.textContent).toBe(`Title & "quotes" <b>`);
  });
});

describe("xliff 1.2 export", () => {
  it("is well-formed, one trans-unit per sentence, with languages, states and the MT note", async () => {
    const file = await exportArticle(hostileArticle(), "xliff12");
    expect(file.filename).toMatch(/-xliff12\.xlf$/);
    const doc = parseXml(String(file.body));
    const root = doc.documentElement;
    if (!root) throw new Error("no root");
    expect(root.namespaceURI).toBe(xliff12Ns);
    expect(root.getAttribute("version")).toBe("1.2");
    const fileElement = child(root, xliff12Ns, "file");
    expect(fileElement.getAttribute("source-language")).toBe("fr");
    expect(fileElement.getAttribute("target-language")).toBe("en");
    const units = Array.from(root.getElementsByTagNameNS(xliff12Ns, "trans-unit"));
    expect(units.map((u) => u.getAttribute("id"))).toEqual(["100", "101", "102", "103", "104", "105"]);
    const states = units.map((u) => child(u, xliff12Ns, "target").getAttribute("state"));
    expect(states).toEqual(["signed-off", "final", "translated", "signed-off", "final", "signed-off"]);
    expect(units[1].getAttribute("approved")).toBe("yes");
    expect(child(units[2], xliff12Ns, "target").getAttribute("state-qualifier")).toBe("mt-suggestion");
    const mtNote = Array.from(units[0].getElementsByTagNameNS(xliff12Ns, "note")).find((n) => n.getAttribute("from") === "mt");
    expect(mtNote?.textContent).toBe("Russia and China plead for a rapprochement with the Taliban");
    expect(child(units[2], xliff12Ns, "target").textContent).toBe(`He said "it's 5 < 6 & 7 > 3" and ${hostileScript} ${hostileImg}.`);
    expect(child(units[3], xliff12Ns, "target").textContent).toBe(arabicFixed);
    expect(child(units[4], xliff12Ns, "source").textContent).toBe("Good news 🎉 for the region 👍🏽.");
  });

  it("escapes every special character", () => {
    for (const xml of [toXliff12(hostileArticle()), toXliff2(hostileArticle())]) {
      expect(xml).not.toContain("<script>");
      expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(xml).toContain("&quot;it&#39;s 5 &lt; 6 &amp; 7 &gt; 3&quot;");
      expect(xml).not.toContain("\u0001");
    }
  });
});
