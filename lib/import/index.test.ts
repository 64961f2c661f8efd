import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures";
import { MAX_TEXT_BYTES, detectFormat, parseImport } from "./index";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("import format detection", () => {
  it("goes by the extension, else by the first bytes", () => {
    expect(detectFormat("Article.MD", utf8("# x"))).toBe("md");
    expect(detectFormat("a.htm", utf8("x"))).toBe("html");
    expect(detectFormat("a.xliff", utf8("x"))).toBe("xliff");
    expect(detectFormat("a.xlf", utf8("x"))).toBe("xliff");
    expect(detectFormat("a.docx", utf8("x"))).toBe("docx");
    expect(detectFormat("a.txt", utf8("x"))).toBe("txt");
    expect(detectFormat("a.pdf", utf8("%PDF"))).toBeNull();
    expect(detectFormat(undefined, fixture("article.docx"))).toBe("docx");
    expect(detectFormat("article", fixture("article-2.0.xlf"))).toBe("xliff");
    expect(detectFormat(null, fixture("article.html"))).toBe("html");
    expect(detectFormat(null, utf8("Just text"))).toBe("txt");
  });
});

describe("parseImport", () => {
  it("reads every format from its bytes", async () => {
    for (const [name, blocks] of [
      ["article.md", 14],
      ["article.html", 9],
      ["article.docx", 7],
      ["article-1.2.xlf", 5],
      ["article-2.0.xlf", 3],
    ] as const) {
      const doc = await parseImport({ filename: name, bytes: fixture(name) });
      expect(doc.blocks, name).toHaveLength(blocks);
    }
  });

  it("takes the first line of plain text as title unless one is given", async () => {
    const bytes = utf8("Headline\n\nBody. More body.");
    expect(await parseImport({ filename: "a.txt", bytes })).toMatchObject({ title: "Headline", blocks: [{ block: "h1" }, { block: "p" }] });
    expect(await parseImport({ filename: "a.txt", bytes, title: "Given" })).toMatchObject({ title: "Given", blocks: [{ block: "p" }, { block: "p" }] });
    expect(await parseImport({ text: "Pasted title\nBody." })).toMatchObject({ title: "Pasted title" });
    expect(await parseImport({ text: "# Heading\n\nBody.", filename: "x.md" })).toMatchObject({ title: "Heading" });
  });

  it("reads UTF-16 text with a byte-order mark", async () => {
    const text = "Titre\n\nCorps du texte.";
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    expect((await parseImport({ filename: "a.txt", bytes })).title).toBe("Titre");
  });

  it("refuses empty files and text", async () => {
    for (const input of [{ filename: "empty.txt", bytes: fixture("empty.txt") }, { text: " \n\t " }, { filename: "a.md", bytes: utf8("\n\n") }]) {
      await expect(parseImport(input)).rejects.toMatchObject({ code: "unprocessable", message: "The file is empty" });
    }
    await expect(parseImport({ filename: "a.html", bytes: utf8("<html><script>x()</script></html>") })).rejects.toMatchObject({
      code: "unprocessable",
      message: "This file has no text to review.",
    });
  });

  it("refuses binary and non-UTF-8 content for text formats", async () => {
    await expect(parseImport({ filename: "binary.txt", bytes: fixture("binary.txt") })).rejects.toMatchObject({ code: "unprocessable", message: expect.stringMatching(/binary/) });
    await expect(parseImport({ filename: "a.md", bytes: new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]) })).rejects.toMatchObject({
      code: "unprocessable",
      message: expect.stringMatching(/not UTF-8/),
    });
  });

  it("refuses over 2 MB of text", async () => {
    const big = "A sentence of text. ".repeat(MAX_TEXT_BYTES / 20 + 1);
    await expect(parseImport({ text: big })).rejects.toMatchObject({ code: "payload_too_large" });
    await expect(parseImport({ filename: "a.html", bytes: utf8(`<p>${big}</p>`) })).rejects.toMatchObject({ code: "payload_too_large" });
  });

  it("refuses unsupported extensions", async () => {
    await expect(parseImport({ filename: "a.pdf", bytes: utf8("%PDF-1.4") })).rejects.toMatchObject({ code: "unsupported_media_type", message: expect.stringMatching(/^\.pdf files are not supported/) });
    await expect(parseImport({ filename: "a.doc", bytes: utf8("x") })).rejects.toMatchObject({ code: "unsupported_media_type", message: expect.stringMatching(/\.docx/) });
  });

  it("passes on the format errors", async () => {
    await expect(parseImport({ filename: "p.docx", bytes: fixture("password-protected.docx") })).rejects.toMatchObject({ code: "unprocessable", message: expect.stringMatching(/password-protected/) });
    await expect(parseImport({ filename: "n.docx", bytes: fixture("not-a-zip.docx") })).rejects.toMatchObject({ code: "unprocessable" });
    await expect(parseImport({ filename: "b.xlf", bytes: fixture("bad.xlf") })).rejects.toMatchObject({ code: "unprocessable" });
    await expect(parseImport({ filename: "x.docx", text: "pasted" })).rejects.toMatchObject({ code: "unprocessable" });
    const nested = `${"<div>".repeat(20000)}<p>x</p>${"</div>".repeat(20000)}`;
    await expect(parseImport({ filename: "deep.html", text: nested })).rejects.toMatchObject({ code: "unprocessable", message: expect.stringMatching(/nested too deeply/) });
  });
});
