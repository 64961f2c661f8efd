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
      ["p", "Vladimir Putin spoke by videoc"],
      ["p", "The leaders of the Shanghai Co"],
      ["h2", "A counterweight to the United "],
      ["p", "The SCO, which brings together"],
      ["quote", "“The Taliban control almost al"],
      ["li", "establish peace,"],
      ["li", "normalize public life and guar"],
      ["p", "A reader wrote <script>alert(1"],
    ]);
    expect(doc.blocks.every((block) => block.prefix === "")).toBe(true);
    expect(doc.blocks.map((block) => block.separator)).toEqual([...Array(9).fill("\n\n"), ""]);
  });

  it("decodes entities and collapses whitespace", () => {
    expect(texts[0]).toBe("Russia and China advocate a pragmatic rapprochement\u00a0with the Taliban");
    expect(texts[1]).toBe(
      "The leaders of the SCO, led by Moscow and Beijing, want to stand out as partners of Afghanistan taken by the Taliban. “The new Afghan authorities must be encouraged to keep their promises,” Putin said.",
    );
    expect(texts[5]).toBe(
      "The SCO, which brings together India, China, Russia & several Central Asian countries, wants to be a counterweight. Its concrete action remains limited.",
    );
  });

  it("drops scripts, styles, navigation, header, footer, asides, forms and embeds", () => {
    const all = texts.join("\n");
    for (const gone of ["tracker", "tracking", "injected", "font-family", "Buy now", "World", "Your daily news", "Advertisement", "enable JavaScript", "Subscribe", "Email", "Related", "Another story", "Template text", "All rights reserved", "steal", "javascript:"]) {
      expect(all).not.toContain(gone);
    }
    // Escaped markup in the page is literal text, never markup.
    expect(texts[9]).toBe("A reader wrote <script>alert(1)</script> in the comments.");
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
