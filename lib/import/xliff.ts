import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import { AppError } from "@/lib/errors";
import { firstRuleProblem } from "./xliff-rules";
import { firstSchemaProblem, type XliffSchema } from "./xliff-schema";
import type { ImportedBlock, ImportedDocument } from "./types";

/**
 * XLIFF 1.2 and 2.x import. Every source/target pair becomes one presegmented block: text = target (the
 * machine translation to review), original = source.
 *
 * - 1.2: one pair per <trans-unit> (its own <source>/<target>, not those of <alt-trans>); when the target
 *   is segmented with <mrk mtype="seg"> (and the <seg-source> too), one pair per segment, matched by mid.
 * - 2.x: one pair per <segment> of each <unit>; <ignorable> parts are skipped.
 * - Only pairs with target text are MT to review. A unit without any (untranslated, translate="no") is
 *   skipped and counted in `skippedUnits`; a file where every unit lacks a target is refused.
 * - Inline codes are reduced to their text: the content of <g>, <mrk>, <pc> is kept; <x/>, <bx/>, <ex/>,
 *   <ph>, <bpt>, <ept>, <it>, <sc/>, <ec/>, <sm/>, <em/> (native markup) are dropped; <cp hex> gives
 *   its character. Whitespace is collapsed to single spaces.
 * - Separators: " " between the segments of one unit (they are the sentences of one paragraph), "\n\n"
 *   between units, so that a plain-text export reads as the paragraphs of the article.
 * - Languages: 1.2 file@source-language/target-language (of the first <file>); 2.x xliff@srcLang/trgLang;
 *   as canonical BCP-47 tags ("en_us" → "en-US"), null when missing or not a tag.
 * - A DOCTYPE or entity declaration is refused (no external entity can be read; one inside a comment is
 *   only text); so is malformed XML or XML that is not XLIFF.
 * - Validation: 2.0/2.1 and 2.2 against their core schemas plus the core processing requirements
 *   (xliff-rules.ts), 1.2 (with its namespace) against the transitional schema. The first problem is
 *   reported with its line. 1.x files without the XLIFF namespace are read without a schema.
 */

const droppedInline = new Set(["x", "bx", "ex", "ph", "bpt", "ept", "it", "sub", "sc", "ec", "sm", "em"]);

function unprocessable(message: string): AppError {
  return new AppError("unprocessable", message);
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function children(element: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (isElement(node) && node.localName === name) found.push(node);
  }
  return found;
}

/** Elements named `name` below `element`, in document order, not looking inside `skip` elements. */
function descendants(element: Element, name: string, skip: Set<string> = new Set()): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (!isElement(node) || skip.has(node.localName ?? "")) continue;
    if (node.localName === name) found.push(node);
    else found.push(...descendants(node, name, skip));
  }
  return found;
}

/** The text of a source or target, without the native codes of inline tags. */
function inlineText(node: Node): string {
  if (node.nodeType === 3 || node.nodeType === 4) return node.nodeValue ?? "";
  if (!isElement(node)) return "";
  const name = node.localName ?? "";
  if (name === "cp") {
    const code = Number.parseInt(node.getAttribute("hex") ?? "", 16);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  }
  if (droppedInline.has(name)) return "";
  let text = "";
  for (let child = node.firstChild; child; child = child.nextSibling) text += inlineText(child);
  return text;
}

function clean(element: Element | undefined): string {
  return element ? inlineText(element).replace(/\s+/g, " ").trim() : "";
}

interface Pair {
  source: string;
  target: string;
}

/** 1.2 segments marked with <mrk mtype="seg" mid="…">, or null when the target is not segmented. */
function markedSegments(source: Element | undefined, target: Element): Pair[] | null {
  const marks = descendants(target, "mrk").filter((mrk) => mrk.getAttribute("mtype") === "seg");
  if (marks.length === 0) return null;
  const sourceMarks = new Map<string, Element>();
  if (source) {
    for (const mrk of descendants(source, "mrk")) {
      if (mrk.getAttribute("mtype") === "seg") sourceMarks.set(mrk.getAttribute("mid") ?? "", mrk);
    }
  }
  return marks.map((mrk) => ({ source: clean(sourceMarks.get(mrk.getAttribute("mid") ?? "")), target: clean(mrk) }));
}

function units12(root: Element): Pair[][] {
  return descendants(root, "trans-unit").map((unit) => {
    const source = children(unit, "seg-source")[0] ?? children(unit, "source")[0];
    const target = children(unit, "target")[0];
    const segments = target ? markedSegments(source, target) : null;
    return segments ?? [{ source: clean(children(unit, "source")[0]), target: clean(target) }];
  });
}

function units2(root: Element): Pair[][] {
  return descendants(root, "unit").map((unit) =>
    children(unit, "segment").map((segment) => ({
      source: clean(children(segment, "source")[0]),
      target: clean(children(segment, "target")[0]),
    })),
  );
}

/** A language attribute as a BCP-47 tag ("en_US" → "en-US"), or null when it is none. */
function languageTag(value: string | null | undefined): string | null {
  const tag = (value ?? "").trim().replace(/_/g, "-");
  if (tag === "") return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** The markup outside comments and CDATA sections, where a declaration would take effect. */
function outsideComments(xml: string): string {
  return xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
}

/** "line 3: …" or "" when the line is unknown. */
function at(line: number | null | undefined): string {
  return typeof line === "number" && line > 0 ? ` (line ${line})` : "";
}

function parseXml(xml: string): Element {
  if (/<!DOCTYPE|<!ENTITY/i.test(outsideComments(xml))) {
    throw unprocessable("This XLIFF file declares a DOCTYPE or entities, which are not accepted.");
  }
  let root: Element | null;
  // The first error xmldom reports, with its line; it then wraps it in a longer message of its own.
  const first: { error: { message: string; line: number | null } | null } = { error: null };
  try {
    const parser = new DOMParser({
      onError: (level, message, context: { locator?: { lineNumber?: number } } | undefined) => {
        if (level === "warning") return;
        first.error ??= { message: message.replace(/\s*@#\[line:.*$/s, "").trim(), line: context?.locator?.lineNumber ?? null };
        throw new Error(message);
      },
    });
    root = parser.parseFromString(xml, "text/xml").documentElement;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const line = first.error?.line ?? (Number(/\[line:(\d+)/.exec(text)?.[1]) || null);
    const reason = first.error?.message ?? text.split("\n")[0];
    throw unprocessable(`This XLIFF file is not well-formed XML${at(line)}: ${reason}`);
  }
  if (!root || root.localName !== "xliff") {
    throw unprocessable("This file is not XLIFF: its root element is not <xliff>.");
  }
  return root;
}

/** The schema a document is validated against, from its namespace; null for 1.x without a namespace. */
function schemaFor(namespace: string, isVersion2: boolean): XliffSchema | null {
  if (namespace === "urn:oasis:names:tc:xliff:document:2.2") return "2.2";
  if (namespace === "urn:oasis:names:tc:xliff:document:2.0") return "2.0";
  if (namespace === "urn:oasis:names:tc:xliff:document:1.2") return "1.2";
  if (isVersion2) throw unprocessable(`This XLIFF 2 file does not use the XLIFF namespace (it has "${namespace || "none"}").`);
  return null;
}

/** Refuses a document that breaks its schema or (2.x) a core processing requirement, with the first problem. */
async function validate(xml: string, root: Element, schema: XliffSchema | null): Promise<void> {
  if (schema === null) return;
  const problem = (await firstSchemaProblem(xml, schema)) ?? (schema === "1.2" ? null : firstRuleProblem(root));
  if (problem) throw unprocessable(`This XLIFF file is not valid XLIFF ${schema === "2.0" ? "2.0/2.1" : schema}${at(problem.line)}: ${problem.message}`);
}

export async function parseXliff(xml: string): Promise<ImportedDocument> {
  const text = xml.replace(/^\uFEFF/, "");
  const root = parseXml(text);
  const version = root.getAttribute("version") ?? "";
  const namespace = root.namespaceURI ?? "";
  const isVersion2 = version.startsWith("2") || /:2\.\d$/.test(namespace);
  if (!isVersion2 && !version.startsWith("1") && !namespace.endsWith(":1.2")) {
    throw unprocessable(`This XLIFF version (${version || "none"}) is not supported; use XLIFF 1.2 or 2.x.`);
  }
  await validate(text, root, schemaFor(namespace, isVersion2));

  const file = descendants(root, "file")[0];
  const sourceLang = isVersion2 ? root.getAttribute("srcLang") : (file?.getAttribute("source-language") ?? null);
  const targetLang = isVersion2 ? root.getAttribute("trgLang") : (file?.getAttribute("target-language") ?? null);

  const blocks: ImportedBlock[] = [];
  let skippedUnits = 0;
  const units = isVersion2 ? units2(root) : units12(root);
  for (const unit of units) {
    const pairs = unit.filter((pair) => pair.target !== "");
    if (pairs.length === 0) {
      if (unit.some((pair) => pair.source !== "")) skippedUnits++;
      continue;
    }
    pairs.forEach((pair, index) => {
      blocks.push({
        block: "p",
        prefix: "",
        text: pair.target,
        separator: index === pairs.length - 1 ? "\n\n" : " ",
        original: pair.source || null,
        presegmented: true,
      });
    });
  }
  if (blocks.length === 0 && skippedUnits > 0) {
    throw unprocessable(
      `This XLIFF file has no translations to review: none of its ${skippedUnits} unit${skippedUnits === 1 ? "" : "s"} has a <target>. Import it once it has been machine-translated.`,
    );
  }
  if (blocks.length > 0) blocks[blocks.length - 1].separator = "";
  return { title: null, leading: "", blocks, sourceLang: languageTag(sourceLang), targetLang: languageTag(targetLang), skippedUnits };
}
