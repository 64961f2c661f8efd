import { HTMLElement, NodeType, parse, type Node } from "node-html-parser";
import type { BlockType } from "@/lib/article";
import { cleanTitle, furniture, mainText } from "./html-main-text";
import type { ImportedBlock, ImportedDocument } from "./types";

/**
 * HTML import: the main text of a page, as blocks separated by "\n\n".
 *
 * The main text is found by Readability (html-main-text.ts); when it finds none, by the rules below.
 * Title: og:title, else the article's first h1, else <title>, with the site's name removed; it opens the
 * article as an h1 block when the main text has no h1 of its own. Bylines, captions (<figcaption>) and
 * datelines outside the text are dropped. <pre> becomes a verbatim "code" block (its text, markup removed).
 *
 * Kept: headings h1–h6, paragraphs, list items, blockquotes (as "quote"), and text in other containers
 * (div, section, td…) as paragraphs. Dropped with everything inside them: the elements in `dropped`
 * (scripts, styles, navigation, page header and footer, asides, forms, embedded frames and media).
 * When the page has an <article> (the one with the most text) or a <main>, only that is read.
 * Title: the first h1 of that content, else the page's <title>.
 * The text is taken from text nodes only, with entities decoded and whitespace collapsed, so markup and
 * attributes (event handlers, URLs) never reach it; a "<script>" written as text stays literal text.
 */

const dropped = new Set([
  "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
  "nav", "header", "footer", "aside", "form", "button", "select", "textarea", "input", "label", "option",
  "svg", "math", "canvas", "audio", "video", "picture", "map", "dialog", "head", "title", "link", "meta",
  "figcaption",
]);

// Elements that end the running text of the block before them (CSS display: block and friends).
const blockLevel = new Set([
  "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "html", "li",
  "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);

const headings = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Collapses HTML whitespace (not no-break spaces) to single spaces and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, " ").trim();
}

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

function tagOf(element: HTMLElement): string {
  return (element.rawTagName ?? "").toLowerCase();
}

function isDropped(element: HTMLElement): boolean {
  if (dropped.has(tagOf(element)) || element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
  return names.trim() !== "" && furniture.test(names);
}

function kindFor(tag: string, outer: BlockType): BlockType {
  if (headings.has(tag)) return tag as BlockType;
  if (tag === "li") return "li";
  if (tag === "blockquote") return "quote";
  return outer;
}

/** The text of an element as a reader sees it, without dropped parts. */
function visibleText(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text;
  if (!isElement(node) || isDropped(node)) return "";
  if (tagOf(node) === "br") return node.parentNode && tagOf(node.parentNode) === "pre" ? "\n" : " ";
  const inner = node.childNodes.map(visibleText).join("");
  return blockLevel.has(tagOf(node)) ? ` ${inner} ` : inner;
}

/** Blocks of an element's content, in document order. */
export function extractHtmlBlocks(root: HTMLElement): { block: BlockType; text: string }[] {
  const out: { block: BlockType; text: string }[] = [];
  let buffer = "";
  let bufferKind: BlockType = "p";

  const flush = () => {
    const text = collapseWhitespace(buffer);
    if (text !== "") out.push({ block: bufferKind, text });
    buffer = "";
  };

  const visit = (node: Node, kind: BlockType) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      if (collapseWhitespace(buffer) === "") bufferKind = kind;
      buffer += node.text;
      return;
    }
    if (!isElement(node) || isDropped(node)) return;
    const tag = tagOf(node);
    if (tag === "br") {
      buffer += " ";
      return;
    }
    if (tag === "pre") {
      flush();
      // Code keeps its lines and spacing; the markup of syntax highlighting goes, entities are decoded.
      const code = node.childNodes.map(visibleText).join("").replace(/^\s*\n|\s+$/g, "");
      if (code.trim() !== "") out.push({ block: "code", text: code });
      return;
    }
    if (!blockLevel.has(tag)) {
      for (const child of node.childNodes) visit(child, kind);
      return;
    }
    flush();
    const inner = kindFor(tag, kind);
    for (const child of node.childNodes) visit(child, inner);
    flush();
  };

  visit(root, "p");
  return out;
}

/** Blocks as an ImportedDocument's, separated by "\n\n". */
export function joinBlocks(blocks: { block: BlockType; text: string; prefix?: string }[]): ImportedBlock[] {
  return blocks.map((block, index) => ({
    block: block.block,
    prefix: block.prefix ?? "",
    text: block.text,
    separator: index === blocks.length - 1 ? "" : "\n\n",
  }));
}

function outside(element: HTMLElement, tags: Set<string>): boolean {
  for (let parent = element.parentNode; parent; parent = parent.parentNode) {
    if (tags.has(tagOf(parent))) return false;
  }
  return true;
}

/** The element that holds the article: the <article> with the most text, else <main>, else <body>. */
function mainContent(document: HTMLElement): HTMLElement {
  const articles = document
    .querySelectorAll("article")
    .filter((article) => outside(article, dropped))
    .map((article) => ({ article, length: collapseWhitespace(visibleText(article)).length }))
    .sort((a, b) => b.length - a.length);
  if (articles.length > 0 && articles[0].length > 0) return articles[0].article;
  const main = document.querySelector("main") ?? document.querySelector("[role=main]");
  if (main && collapseWhitespace(visibleText(main)) !== "") return main;
  return document.querySelector("body") ?? document;
}

export function parseHtmlDocument(html: string): HTMLElement {
  return parse(html, {
    comment: false,
    lowerCaseTagName: true,
    blockTextElements: { script: true, noscript: true, style: true, textarea: true },
  });
}

/** The blocks of the page's main text: Readability's, else those of the <article>/<main>/<body> rules. */
// Readability walks the DOM recursively and slowly: pages nested deeper or larger than this go to the rules.
const READABLE_DEPTH = 400;
const READABLE_ELEMENTS = 50_000;

/** Whether a parsed page is small and shallow enough for Readability (measured without recursion). */
function readable(document: HTMLElement): boolean {
  const stack: { node: HTMLElement; depth: number }[] = [{ node: document, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: document, depth: 0 };
    if (depth > READABLE_DEPTH || ++count > READABLE_ELEMENTS) return false;
    for (const child of node.childNodes) if (isElement(child)) stack.push({ node: child, depth: depth + 1 });
  }
  return true;
}

export function mainTextBlocks(html: string, document: HTMLElement): { blocks: { block: BlockType; text: string }[]; ogTitle: string | null; siteName: string | null } {
  const main = readable(document) ? mainText(html) : null;
  const blocks = main ? extractHtmlBlocks(parseHtmlDocument(main.content)) : [];
  return { blocks: blocks.length > 0 ? blocks : extractHtmlBlocks(mainContent(document)), ogTitle: main?.ogTitle ?? null, siteName: main?.siteName ?? null };
}

export function parseHtml(html: string): ImportedDocument {
  const document = parseHtmlDocument(html);
  const { blocks, ogTitle, siteName } = mainTextBlocks(html, document);
  const titleElement = document.querySelector("title");
  const pageTitle = titleElement ? collapseWhitespace(titleElement.text) : "";
  const firstHeading = blocks.find((block) => block.block === "h1")?.text ?? document.querySelector("h1")?.text ?? "";
  const title = cleanTitle(ogTitle, siteName) ?? cleanTitle(collapseWhitespace(firstHeading), siteName) ?? cleanTitle(pageTitle, siteName);
  // The headline is reviewed too: Readability takes it out of the body.
  if (title && !blocks.some((block) => block.block === "h1")) blocks.unshift({ block: "h1", text: title });
  return { title, leading: "", blocks: joinBlocks(blocks) };
}
