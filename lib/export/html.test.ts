import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { toHtml, toRedlineHtml } from "./html";
import { exportArticle } from "./index";
import { arabicFixed, arabicMt, hostileImg, hostileScript, sampleArticle } from "./test-fixtures";

function expectNoActiveContent(html: string): void {
  const root = parse(html);
  expect(root.querySelectorAll("script")).toHaveLength(0);
  expect(root.querySelectorAll("img")).toHaveLength(0);
  expect(html).not.toMatch(/<script|<img/i);
}

describe("html export", () => {
  it("is a standalone page with the article's language and title", async () => {
    const file = await exportArticle(sampleArticle(), "html");
    const html = String(file.body);
    expect(file.contentType).toBe("text/html; charset=utf-8");
    expect(file.filename).toMatch(/\.html$/);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>Russia and China advocate a pragmatic rapprochement with the Taliban</title>");
    expect(html).toContain("<style>");
  });

  it("maps blocks to headings, paragraphs, list items and quotes, with dir=auto", () => {
    const root = parse(toHtml(sampleArticle()));
    const h1 = root.querySelectorAll("h1");
    expect(h1).toHaveLength(1);
    expect(h1[0].getAttribute("dir")).toBe("auto");
    expect(h1[0].text).toBe("Russia and China advocate a pragmatic rapprochement with the Taliban");
    const p = root.querySelectorAll("article > p");
    expect(p).toHaveLength(1);
    expect(p[0].text).toBe(
      "“The new Afghan authorities must be encouraged to keep their promises,” Putin said. " +
        `He said "it's 5 < 6 & 7 > 3" and ${hostileScript} ${hostileImg}.`,
    );
    const items = root.querySelectorAll("ul > li");
    expect(items.map((li) => li.text)).toEqual([arabicFixed, "Good news 🎉 for the region 👍🏽."]);
    expect(items.every((li) => li.getAttribute("dir") === "auto")).toBe(true);
    expect(root.querySelector("blockquote p")?.text).toBe("Afghanistan must never again become a haven for terrorism.");
  });

  it("escapes all text, hostile HTML included", () => {
    const article = sampleArticle();
    article.title = `${hostileScript}"'&`;
    const html = toHtml(article);
    expectNoActiveContent(html);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&quot;it&#39;s 5 &lt; 6 &amp; 7 &gt; 3&quot;");
    expect(html).toContain("<title>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;</title>");
    expect(parse(html).querySelector("title")?.text).toBe(`${hostileScript}"'&`);
  });

  it("adds the title as a heading when the article does not open with an h1", () => {
    const article = sampleArticle();
    article.sentences = article.sentences.filter((s) => s.block !== "h1");
    article.targetLang = "ar";
    const root = parse(toHtml(article));
    expect(root.querySelector("h1")?.text).toBe(article.title);
    expect(root.querySelector("html")?.getAttribute("lang")).toBe("ar");
  });
});

describe("redline export", () => {
  it("marks deletions and insertions with strike/underline and notes author and time", async () => {
    const file = await exportArticle(sampleArticle(), "redline");
    const html = String(file.body);
    expect(file.filename).toMatch(/-redline\.html$/);
    const root = parse(html);
    const dels = root.querySelectorAll("article del").map((d) => d.text);
    const inss = root.querySelectorAll("article ins").map((d) => d.text);
    expect(dels).toEqual(expect.arrayContaining(["plead", "for ", "be"]));
    expect(inss).toEqual(expect.arrayContaining(["advocate", "pragmatic ", "become", " to keep their promises"]));
    // Dropping the insertions gives the MT, dropping the deletions the correction.
    const articleHtml = root.querySelector("article")?.innerHTML ?? "";
    const without = (tag: string) => parse(articleHtml.replace(new RegExp(`<${tag}>.*?</${tag}>|<sup.*?</sup>`, "g"), "")).text;
    expect(without("ins")).toContain(arabicMt);
    expect(without("ins")).toContain("Russia and China plead for a rapprochement with the Taliban");
    expect(without("del")).toContain(arabicFixed);
    expect(without("del")).toContain("“The new Afghan authorities must be encouraged to keep their promises,” Putin said.");
    expect(html).toMatch(/del\{[^}]*text-decoration:line-through/);
    expect(html).toMatch(/ins\{[^}]*text-decoration:underline/);
    const notes = root.querySelectorAll(".notes li").map((li) => li.text);
    expect(notes).toEqual([
      "Sentence 1: Alice Martin, 2021-09-17 09:15 UTC",
      // The CONFIRM by Bob did not change the text: the change is Alice's.
      "Sentence 2: Alice Martin, 2021-09-17 09:20 UTC",
      "Sentence 4: Bob O'Brien, 2021-09-17 11:00 UTC",
      "Sentence 6: Bob O'Brien, 2021-09-17 12:00 UTC",
    ]);
    expect(root.querySelectorAll("sup.note a")).toHaveLength(4);
    expect(root.querySelector("sup.note a")?.getAttribute("href")).toBe("#note-1");
  });

  it("escapes hostile text inside the marks", () => {
    const article = sampleArticle();
    const hostile = article.sentences.find((s) => s.sourceText.includes(hostileScript));
    if (!hostile) throw new Error("fixture");
    hostile.text = `He said ${hostileImg} ${hostileScript}.`;
    const html = toRedlineHtml(article);
    expectNoActiveContent(html);
    expect(html).toContain("<ins>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
