import { HTMLElement, NodeType, parse, type Node } from "node-html-parser";
import type { BlockType } from "@/lib/article";
import type { ImportedBlock, ImportedDocument } from "./types";

/**
 * HTML import: the main text of a page, as blocks separated by "\n\n".
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
  return dropped.has(tagOf(element)) || element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true";
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
  if (tagOf(node) === "br") return " ";
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
export function joinBlocks(blocks: { block: BlockType; text: string }[]): ImportedBlock[] {
  return blocks.map((block, index) => ({
    block: block.block,
    prefix: "",
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
    blockTextElements: { script: true, noscript: true, style: true, pre: true, textarea: true },
  });
}

export function parseHtml(html: string): ImportedDocument {
  const document = parseHtmlDocument(html);
  const content = mainContent(document);
  const blocks = extractHtmlBlocks(content);
  const titleElement = document.querySelector("title");
  const pageTitle = titleElement ? collapseWhitespace(titleElement.text) : "";
  const firstHeading = blocks.find((block) => block.block === "h1")?.text ?? "";
  // The article's own headline first: a page's <title> often ends with the site's name.
  const title = (firstHeading || pageTitle).replace(/\s+/g, " ") || null;
  return { title, leading: "", blocks: joinBlocks(blocks) };
}
