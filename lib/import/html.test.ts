import { describe, expect, it } from "vitest";
import { fixtureText } from "./fixtures";
import { parseHtml } from "./html";

describe("HTML import", () => {
  const doc = parseHtml(fixtureText("article.html"));
  const texts = doc.blocks.map((block) => block.text);

  it("keeps the article's headings, paragraphs, lists and quotes", () => {
    expect(doc.title).toBe("Russia and China advocate a pragmatic rapprochement with the Taliban");
    expect(doc.blocks.map((block) => [block.block, block.text.slice(0, 30)])).toEqual([
      ["h1", "Russia and China advocate a pr"],
      ["p", "The leaders of the SCO, led by"],
      ["p", "The leaders of the Shanghai Co"],
      ["h2", "A counterweight to the United "],
      ["p", "The SCO, which brings together"],
      ["quote", "“The Taliban control almost al"],
      ["li", "establish peace,"],
      ["li", "normalize public life and guar"],
      ["p", "A reader wrote <script>alert(1"],
    ]);
    expect(doc.blocks.every((block) => block.prefix === "")).toBe(true);
    expect(doc.blocks.map((block) => block.separator)).toEqual([...Array(8).fill("\n\n"), ""]);
  });

  it("decodes entities and collapses whitespace", () => {
    expect(texts[0].replace(/\u00a0/g, " ")).toBe(doc.title);
    expect(texts[1]).toBe(
      "The leaders of the SCO, led by Moscow and Beijing, want to stand out as partners of Afghanistan taken by the Taliban. “The new Afghan authorities must be encouraged to keep their promises,” Putin said.",
    );
    expect(texts[4]).toBe(
      "The SCO, which brings together India, China, Russia & several Central Asian countries, wants to be a counterweight. Its concrete action remains limited.",
    );
  });

  it("drops scripts, styles, navigation, header, footer, asides, forms and embeds", () => {
    const all = texts.join("\n");
    for (const gone of ["tracker", "tracking", "injected", "font-family", "Buy now", "World", "Your daily news", "Advertisement", "enable JavaScript", "Subscribe", "Email", "Related", "Another story", "Template text", "All rights reserved", "steal", "javascript:"]) {
      expect(all).not.toContain(gone);
    }
    // Escaped markup in the page is literal text, never markup.
    // The photo caption is dropped.
    expect(all).not.toContain("videoconference");
    expect(texts[8]).toBe("A reader wrote <script>alert(1)</script> in the comments.");
  });

  it("finds the main text with Readability: no menus, share bars, related lists, newsletter boxes or bylines", () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells what happened in the capital on Friday, with enough words to be the article body.</p>`).join("");
    const page = parseHtml(`<html><head><title>Storm hits the coast - The Daily Planet</title><meta property="og:site_name" content="The Daily Planet"></head><body>
      <div class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></div>
      <div class="content"><div class="byline">By Lois Lane</div>${story}
        <div class="share">Share on Facebook Share on X 12 comments</div></div>
      <div class="sidebar related"><h3>Most read</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">Yet another</a></li></ul></div>
      <div class="newsletter">Sign up for our newsletter</div></body></html>`);
    expect(page.title).toBe("Storm hits the coast");
    const all = page.blocks.map((block) => block.text).join("\n");
    expect(all).toContain("Paragraph 6 of the story");
    for (const gone of ["Home", "Most read", "Another story", "Sign up", "Share on Facebook", "12 comments"]) expect(all).not.toContain(gone);
    expect(page.blocks[0]).toMatchObject({ block: "h1", text: "Storm hits the coast" });
  });

  it("takes og:title, removes the site's name, and refuses a caption-length title", () => {
    const body = "<p>" + "Words of the article. ".repeat(40) + "</p>";
    expect(parseHtml(`<head><meta property="og:title" content="Vote delayed | BBC News"><title>x</title></head><body><article>${body}</article></body>`).title).toBe("Vote delayed");
    expect(parseHtml(`<head><title>${"A long photo caption ".repeat(20)}</title></head><body><article><h1>Real headline</h1>${body}</article></body>`).title).toBe("Real headline");
  });

  it("keeps <pre> code as one verbatim block without its highlighting markup", () => {
    const page = parseHtml(`<article><p>${"Intro text of the post. ".repeat(20)}</p><pre><code><span class="token comment">// a comment</span>\nconst a = 1 &lt; 2;</code></pre><p>After.</p></article>`);
    expect(page.blocks.find((block) => block.block === "code")?.text).toBe("// a comment\nconst a = 1 < 2;");
  });

  it("takes the <title> when the content has no h1", () => {
    expect(parseHtml("<title>Page &amp; site</title><p>Text</p>").title).toBe("Page & site");
    expect(parseHtml("<p>Text</p>").title).toBeNull();
  });

  it("reads the body when there is no article or main", () => {
    const page = parseHtml("<body><h1>Head</h1><div>Loose text<p>Para</p>tail &amp; end</div><ol><li>one<ul><li>two</li></ul></li></ol><img src=x onerror=alert(1)></body>");
    expect(page.title).toBe("Head");
    expect(page.blocks.map((block) => [block.block, block.text])).toEqual([
      ["h1", "Head"],
      ["p", "Loose text"],
      ["p", "Para"],
      ["p", "tail & end"],
      ["li", "one"],
      ["li", "two"],
    ]);
  });

  it("prefers the <article> with the most text, then <main>", () => {
    const page = parseHtml("<main><p>Main intro</p><article><p>Short</p></article><article><p>The longer article text</p></article></main>");
    expect(page.blocks.map((block) => block.text)).toEqual(["The longer article text"]);
    expect(parseHtml("<div>Outside</div><main><p>Inside</p></main>").blocks.map((block) => block.text)).toEqual(["Inside"]);
  });
});
