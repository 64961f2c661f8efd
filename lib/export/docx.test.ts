import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import type { ArticleModel } from "@/lib/article";
import { toDocx, toTrackedDocx } from "./docx";
import { exportArticle } from "./index";
import { groupBlocks, orderedSentences } from "./shared";
import { arabicFixed, arabicMt, hostileImg, hostileScript, sampleArticle } from "./test-fixtures";

const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

async function documentXml(docx: Uint8Array): Promise<Element> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (!xml) throw new Error("no word/document.xml");
  const root = new DOMParser().parseFromString(xml, "text/xml").documentElement;
  if (!root) throw new Error("unparsable document.xml");
  return root;
}

function all(element: Element, name: string): Element[] {
  return Array.from(element.getElementsByTagNameNS(w, name));
}

function attr(element: Element, name: string): string | null {
  return element.getAttributeNS(w, name);
}

/** Text of a paragraph as Word shows it: with the insertions (accept) or with the deletions (reject). */
function paragraphText(paragraph: Element, view: "accept" | "reject"): string {
  let text = "";
  for (const run of all(paragraph, "r")) {
    const parent = run.parentNode;
    const inIns = parent !== null && "localName" in parent && parent.localName === "ins";
    const inDel = parent !== null && "localName" in parent && parent.localName === "del";
    if ((view === "accept" && inDel) || (view === "reject" && inIns)) continue;
    for (const node of Array.from(run.childNodes)) {
      if (!("localName" in node)) continue;
      if (node.localName === "t" || node.localName === "delText") text += node.textContent ?? "";
      if (node.localName === "br") text += "\n";
    }
  }
  return text;
}

function blockTexts(article: ArticleModel, pick: "text" | "sourceText"): string[] {
  return groupBlocks(orderedSentences(article)).map((block) =>
    block.sentences.map((s, i) => s[pick] + (i < block.sentences.length - 1 ? s.trailing : "")).join(""),
  );
}

describe("docx export", () => {
  it("writes the corrected article with heading, bullet and quote styles", async () => {
    const file = await exportArticle(sampleArticle(), "docx");
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(file.filename).toMatch(/^russia-and-china-[a-z0-9-]+\.docx$/);
    if (typeof file.body === "string") throw new Error("binary expected");
    const body = await documentXml(file.body);
    const paragraphs = all(body, "p");
    expect(paragraphs.map((p) => paragraphText(p, "accept"))).toEqual(blockTexts(sampleArticle(), "text"));
    expect(all(body, "ins")).toHaveLength(0);
    expect(all(body, "del")).toHaveLength(0);
    const style = (p: Element) => {
      const found = all(p, "pStyle")[0];
      return found ? attr(found, "val") : null;
    };
    expect(paragraphs.map(style)).toEqual(["Heading1", null, "ListParagraph", "ListParagraph", "Quote"]);
    expect(all(paragraphs[2], "numPr")).toHaveLength(1);
    expect(all(paragraphs[2], "bidi")).toHaveLength(1);
    expect(paragraphText(paragraphs[1], "accept")).toContain(`${hostileScript} ${hostileImg}`);
  });

  it("adds the title when the article does not open with an h1", async () => {
    const article = sampleArticle();
    article.sentences = article.sentences.filter((s) => s.block !== "h1");
    const body = await documentXml(await toDocx(article));
    const first = all(body, "p")[0];
    expect(attr(all(first, "pStyle")[0], "val")).toBe("Title");
    expect(paragraphText(first, "accept")).toBe(article.title);
  });
});

describe("docx-tracked export", () => {
  it("marks every MT → correction change as w:ins / w:del with the author and date of the change", async () => {
    const file = await exportArticle(sampleArticle(), "docx-tracked");
    expect(file.filename).toMatch(/-tracked\.docx$/);
    if (typeof file.body === "string") throw new Error("binary expected");
    const body = await documentXml(file.body);
    const paragraphs = all(body, "p");
    // Accepting everything gives the correction, rejecting everything the MT.
    expect(paragraphs.map((p) => paragraphText(p, "accept"))).toEqual(blockTexts(sampleArticle(), "text"));
    expect(paragraphs.map((p) => paragraphText(p, "reject"))).toEqual(blockTexts(sampleArticle(), "sourceText"));

    const changes = [...all(body, "ins"), ...all(body, "del")];
    const ids = changes.map((c) => attr(c, "id"));
    expect(new Set(ids).size).toBe(ids.length);
    const summary = (c: Element) =>
      `${c.localName}|${attr(c, "author")}|${attr(c, "date")}|${all(c, c.localName === "ins" ? "t" : "delText").map((t) => t.textContent).join("")}`;
    expect(all(paragraphs[0], "del").map(summary)).toEqual([
      "del|Alice Martin|2021-09-17T09:15:30Z|plead",
      "del|Alice Martin|2021-09-17T09:15:30Z|for ",
    ]);
    expect(all(paragraphs[0], "ins").map(summary)).toEqual([
      "ins|Alice Martin|2021-09-17T09:15:30Z|advocate",
      "ins|Alice Martin|2021-09-17T09:15:30Z|pragmatic ",
    ]);
    // Bob only confirmed sentence 2: the change stays Alice's.
    expect(all(paragraphs[1], "ins").map(summary)).toEqual(["ins|Alice Martin|2021-09-17T09:20:00Z| to keep their promises"]);
    expect(all(paragraphs[1], "del")).toHaveLength(0);
    expect(all(paragraphs[4], "ins").map(summary)).toEqual(["ins|Bob O'Brien|2021-09-17T12:00:00Z|become"]);
    // An unchanged list item has no revision marks.
    expect(all(paragraphs[3], "ins").length + all(paragraphs[3], "del").length).toBe(0);

    const zip = await JSZip.loadAsync(file.body);
    expect(await zip.file("word/settings.xml")?.async("string")).toContain("<w:trackRevisions/>");
  });

  it("gives each export its own title and properties, though the package around the body is built once", async () => {
    const first = sampleArticle();
    first.sentences = first.sentences.filter((s) => s.block !== "h1");
    first.title = `Khan & the "Taliban" <talks>`;
    const second = sampleArticle();
    second.sentences = second.sentences.filter((s) => s.block !== "h1");
    second.title = "مرحبا بالعالم";
    second.id = 99;
    for (const [article, rtl] of [[first, false], [second, true], [first, false]] as const) {
      const docx = await toTrackedDocx(article);
      const title = all(await documentXml(docx), "p")[0];
      expect(attr(all(title, "pStyle")[0], "val")).toBe("Title");
      expect(paragraphText(title, "accept")).toBe(article.title);
      expect(all(title, "bidi")).toHaveLength(rtl ? 1 : 0);
      const core = new DOMParser().parseFromString((await (await JSZip.loadAsync(docx)).file("docProps/core.xml")?.async("string")) ?? "", "text/xml");
      expect(core.getElementsByTagName("dc:title")[0]?.textContent).toBe(article.title);
      expect(core.getElementsByTagName("dc:description")[0]?.textContent).toBe(`Article ${article.id} (${article.sourceLang} → ${article.targetLang})`);
      expect(Math.abs(Date.parse(core.getElementsByTagName("dcterms:modified")[0]?.textContent ?? "") - Date.now())).toBeLessThan(60_000);
    }
    // An article that opens with an h1 gets no Title paragraph.
    const opening = all(await documentXml(await toTrackedDocx(sampleArticle())), "p")[0];
    expect(attr(all(opening, "pStyle")[0], "val")).toBe("Heading1");
  });

  it("turns line breaks inside a block into Word breaks in tracked runs", async () => {
    const article = sampleArticle();
    const quote = article.sentences.find((s) => s.block === "quote");
    if (!quote) throw new Error("fixture");
    quote.text = "Afghanistan must never again\nbecome a haven.";
    const body = await documentXml(await toTrackedDocx(article));
    const last = all(body, "p")[4];
    expect(paragraphText(last, "accept")).toBe("Afghanistan must never again\nbecome a haven.");
    expect(paragraphText(last, "reject")).toBe(quote.sourceText);
  });
});

// ---- LibreOffice: the files open, and accept all / reject all give the correction / the MT. ----

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
const unoPython = "/usr/bin/python3";
const hasUno = hasSoffice && spawnSync(unoPython, ["-c", "import uno"], { stdio: "ignore" }).status === 0;
const helper = path.resolve(import.meta.dirname, "../../tests/support/libreoffice-tracked.py");
const work = mkdtempSync(path.join(tmpdir(), "redline-docx-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** LibreOffice's text export: BOM, list bullets and indentation dropped, one line per paragraph. */
function libreOfficeLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split("\n")
    .map((line) => line.replace(/^\s*[•◦▪·-]?\s*/, "").trimEnd())
    .filter((line) => line !== "");
}

describe("docx in LibreOffice", () => {
  it.skipIf(!hasSoffice)("opens the clean docx and converts it to text (needs soffice: libreoffice-writer-nogui)", async () => {
    const source = path.join(work, "clean.docx");
    writeFileSync(source, await toDocx(sampleArticle()));
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${work}/profile-convert`, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", work, source],
      { stdio: "ignore", timeout: 90_000 },
    );
    const out = path.join(work, "clean.txt");
    expect(existsSync(out)).toBe(true);
    expect(libreOfficeLines(readFileSync(out, "utf8"))).toEqual(blockTexts(sampleArticle(), "text"));
  }, 120_000);

  it.skipIf(!hasUno)(
    "accept all gives the correction and reject all the MT (needs soffice + Python-UNO: libreoffice-writer-nogui, python3-uno)",
    async () => {
      const source = path.join(work, "tracked.docx");
      writeFileSync(source, await toTrackedDocx(sampleArticle()));
      const report = execFileSync(unoPython, [helper, source, work, path.join(work, "profile-tracked")], {
        encoding: "utf8",
        timeout: 120_000,
      });
      const info = JSON.parse(report.trim().split("\n").pop() ?? "{}");
      expect(info.redlines).toBeGreaterThan(0);
      expect(info.authors).toEqual(["Alice Martin", "Bob O'Brien"]);
      const accepted = libreOfficeLines(readFileSync(path.join(work, "accepted.txt"), "utf8"));
      const rejected = libreOfficeLines(readFileSync(path.join(work, "rejected.txt"), "utf8"));
      expect(accepted).toEqual(blockTexts(sampleArticle(), "text"));
      expect(rejected).toEqual(blockTexts(sampleArticle(), "sourceText"));
      expect(accepted).toContain(arabicFixed);
      expect(rejected).toContain(arabicMt);
    },
    150_000,
  );
});
