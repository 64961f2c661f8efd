import type { Element, Node } from "@xmldom/xmldom";
import { attr, childElements, elements, fail, isElement, languageOf, Problem, sameLanguage, unique, wellFormedLanguage, XML_NS } from "./xliff-dom";

export { wellFormedLanguage };

/**
 * XLIFF 2.x core processing requirements that the schema cannot express (XLIFF 2.1 §4, 2.2 §4): the
 * first one broken, with its line, or null. Checked: language tags well formed (BCP 47), trgLang present
 * when a target exists, sources and targets in srcLang / trgLang, unique ids (files; groups and units of a
 * file; segments and ignorables of a unit; data, notes, inline codes and annotations), references that
 * resolve (dataRef, startRef, copyOf, subFlows, note references), start and end codes and markers that
 * pair up, isolated codes marked as such, sub-attributes without their main one (subState, subType),
 * comment annotations with a value or a reference but not both, target order values unique and in range,
 * and skeletons with either content or href. (A <cp> for a character XML could hold as text is let through:
 * harmless, and files Redline itself accepted before were written that way.)
 */

export interface RuleProblem {
  line: number | null;
  message: string;
}

const inlineWithId = new Set(["ph", "pc", "sc", "ec", "mrk", "sm"]);

function checkLanguages(root: Element): void {
  const srcLang = attr(root, "srcLang");
  const trgLang = attr(root, "trgLang");
  if (srcLang !== null && !wellFormedLanguage(srcLang)) fail(root, `srcLang "${srcLang}" is not a well-formed language tag`);
  if (trgLang !== null && !wellFormedLanguage(trgLang)) fail(root, `trgLang "${trgLang}" is not a well-formed language tag`);
  for (const element of [root, ...elements(root)]) {
    const lang = element.getAttributeNS(XML_NS, "lang");
    if (lang && !wellFormedLanguage(lang)) fail(element, `xml:lang "${lang}" is not a well-formed language tag`);
  }
  const targets = elements(root, "target");
  if (targets.length > 0 && trgLang === null) fail(targets[0], "the file has targets but no trgLang on <xliff>");
  for (const source of elements(root, "source")) {
    const lang = languageOf(source);
    if (srcLang && lang && !sameLanguage(lang, srcLang)) fail(source, `a source is in "${lang}", not in srcLang "${srcLang}"`);
  }
  for (const target of targets) {
    const lang = languageOf(target);
    if (trgLang && lang && !sameLanguage(lang, trgLang)) fail(target, `a target is in "${lang}", not in trgLang "${trgLang}"`);
  }
}

function checkIds(root: Element): void {
  unique(childElements(root, "file"), (node) => attr(node, "id"), "file id");
  for (const file of childElements(root, "file")) {
    unique(elements(file).filter((node) => node.localName === "group" || node.localName === "unit"), (node) => `${node.localName === "group" ? "g" : "u"}:${attr(node, "id")}`, "group or unit id");
    for (const group of elements(file, "group")) if (attr(group, "id") === null) fail(group, "a <group> has no id");
  }
  for (const notes of elements(root, "notes")) unique(childElements(notes, "note"), (node) => attr(node, "id"), "note id");
  for (const data of elements(root, "originalData")) unique(childElements(data, "data"), (node) => attr(node, "id"), "data id");
}

/** The inline elements of a unit's sources (or targets), in document order. */
function inlines(unit: Element, part: "source" | "target"): Element[] {
  return elements(unit, part).flatMap((container) => elements(container));
}

function checkComment(mrk: Element, notes: Set<string>): void {
  if (attr(mrk, "type") !== "comment") return;
  const value = attr(mrk, "value");
  const ref = attr(mrk, "ref");
  if (value !== null && ref !== null) fail(mrk, "a comment annotation has both a value and a ref");
  if (value === null && ref === null) fail(mrk, "a comment annotation has neither a value nor a ref");
  if (ref !== null) {
    const local = /^#n=([^/]+)$/.exec(ref);
    if (local ? !notes.has(local[1]) : !/^#\/?f=/.test(ref)) fail(mrk, `the comment reference "${ref}" does not point to a note`);
  }
}

const corePrefixes: Record<string, number> = { f: 0, g: 1, u: 2, n: 3, d: 3, t: 3 };
// Module prefixes, and "tbx", registered with the TC (the test suite's extra-prefixes.properties).
const modulePrefixes = new Set(["mtc", "gls", "res", "val", "ctr", "slr", "mda", "its", "fs", "pgs", "tbx"]);

/** An XLIFF fragment identifier ("#/f=f1/u=u1/n=n1", or a bare "#id") is well formed (XLIFF 2.1 Appendix C). */
function checkFragment(node: Element, ref: string): void {
  const parts = ref.slice(1).replace(/^\//, "").split("/");
  if (parts.length === 1 && !parts[0].includes("=")) return;
  let rank = -1;
  const seen = new Set<string>();
  for (const part of parts) {
    const match = /^([^=]*)=(.+)$/.exec(part);
    if (!match) fail(node, `the reference "${ref}" is not a well-formed fragment identifier`);
    const prefix = match[1];
    if (!/^[\w.-]+$/.test(prefix)) fail(node, `the reference "${ref}" has a prefix that is not an NMTOKEN`);
    const known = corePrefixes[prefix] ?? (modulePrefixes.has(prefix) ? 3 : undefined);
    if (known === undefined) fail(node, `the reference "${ref}" uses the unknown prefix "${prefix}"`);
    if (rank === 3 || known < rank) fail(node, `the reference "${ref}" has its parts out of order`);
    if (seen.has(prefix) && prefix !== "g") fail(node, `the reference "${ref}" repeats the prefix "${prefix}"`);
    seen.add(prefix);
    rank = known;
  }
}

function checkCodes(unit: Element, part: "source" | "target", data: Set<string>, notes: Set<string>): void {
  const codes = inlines(unit, part);
  unique(codes.filter((node) => inlineWithId.has(node.localName ?? "")), (node) => attr(node, "id"), `inline code id in the ${part}s of unit "${attr(unit, "id")}"`);
  const ids = new Map(codes.filter((node) => attr(node, "id") !== null).map((node) => [attr(node, "id") ?? "", node]));
  const open = new Map<string, Element>();
  const openMarkers = new Set<string>();
  for (const code of codes) {
    const name = code.localName ?? "";
    for (const reference of ["dataRef", "dataRefStart", "dataRefEnd"]) {
      const value = attr(code, reference);
      if (value !== null && !data.has(value)) fail(code, `${reference}="${value}" does not point to a <data> of the unit`);
    }
    const copyOf = attr(code, "copyOf");
    if (copyOf !== null) {
      const original = ids.get(copyOf);
      if (!original) fail(code, `copyOf="${copyOf}" does not point to a code of the unit`);
      if (attr(original, "canCopy") === "no") fail(code, `copyOf="${copyOf}" copies a code that cannot be copied`);
      if (attr(code, "dataRef") !== null || code.firstChild) fail(code, "a copy (copyOf) carries its own original data");
    }
    if (attr(code, "subType") !== null && attr(code, "type") === null) fail(code, "subType without type");
    const subType = attr(code, "subType");
    if (subType?.startsWith("xlf:")) {
      const allowed: Record<string, string> = { "xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt", "xlf:var": "ui" };
      if (!(subType in allowed) || allowed[subType] !== attr(code, "type")) fail(code, `subType "${subType}" does not go with type "${attr(code, "type")}"`);
    }
    if (name === "sc") {
      if (attr(code, "isolated") !== "yes") open.set(attr(code, "id") ?? "", code);
    } else if (name === "ec") {
      const startRef = attr(code, "startRef");
      if (attr(code, "isolated") === "yes") {
        if (startRef !== null || attr(code, "id") === null) fail(code, "an isolated <ec> must have an id and no startRef");
      } else {
        if (startRef === null) fail(code, "an <ec> that is not isolated needs a startRef");
        const start = open.get(startRef);
        if (!start) fail(code, `<ec startRef="${startRef}"> comes before (or without) its <sc>`);
        for (const flag of ["canCopy", "canDelete", "canOverlap", "canReorder"]) {
          if ((attr(start, flag) ?? "yes") !== (attr(code, flag) ?? (flag === "canReorder" ? attr(start, flag) ?? "yes" : "yes"))) fail(code, `${flag} differs between <sc id="${startRef}"> and its <ec>`);
        }
        open.delete(startRef);
      }
    } else if (name === "sm") {
      openMarkers.add(attr(code, "id") ?? "");
      checkComment(code, notes);
    } else if (name === "em") {
      const startRef = attr(code, "startRef") ?? "";
      if (!openMarkers.delete(startRef)) fail(code, `<em startRef="${startRef}"> has no <sm> before it`);
    } else if (name === "mrk") {
      checkComment(code, notes);
    }
    const ref = attr(code, "ref");
    if ((name === "mrk" || name === "sm") && ref?.startsWith("#")) checkFragment(code, ref);
    const reorder = attr(code, "canReorder");
    if ((reorder === "no" || reorder === "firstNo") && (attr(code, "canDelete") !== "no" || attr(code, "canCopy") !== "no")) {
      fail(code, `canReorder="${reorder}" needs canDelete="no" and canCopy="no"`);
    }
  }
  const [lone] = open.values();
  if (lone) fail(lone, `<sc id="${attr(lone, "id")}"> has no <ec> in the unit and is not marked isolated="yes"`);
  const [loneMarker] = openMarkers;
  if (loneMarker !== undefined) fail(unit, `<sm id="${loneMarker}"> has no <em> in the unit`);
}

function checkUnit(unit: Element, unitIds: Set<string>): void {
  const parts = [...childElements(unit, "segment"), ...childElements(unit, "ignorable")];
  unique(parts, (node) => attr(node, "id"), `segment or ignorable id in unit "${attr(unit, "id")}"`);
  for (const part of parts) {
    if (childElements(part, "source").length !== 1) fail(part, `a <${part.localName}> must have exactly one <source>`);
    if (childElements(part, "target").length > 1) fail(part, `a <${part.localName}> has more than one <target>`);
    if (attr(part, "subState") !== null && attr(part, "state") === null) fail(part, "subState without state");
  }
  // Each target's order: its own, or its part's position among the unit's segments and ignorables.
  const ordered = [...childElements(unit, "segment"), ...childElements(unit, "ignorable")].length;
  const inOrder: Element[] = [];
  for (let node = unit.firstChild; node; node = node.nextSibling) {
    if (isElement(node) && (node.localName === "segment" || node.localName === "ignorable")) inOrder.push(node);
  }
  const orders = new Map<number, Element>();
  inOrder.forEach((part, index) => {
    const target = childElements(part, "target")[0];
    if (!target) return;
    const order = attr(target, "order") === null ? index + 1 : Number(attr(target, "order"));
    if (!(order >= 1 && order <= ordered)) fail(target, `target order ${order} is outside 1–${ordered}`);
    if (orders.has(order)) fail(target, `target order ${order} is used twice`);
    orders.set(order, target);
    const space = (element: Element) => {
      for (let n: Node | null = element; n && isElement(n); n = n.parentNode) {
        const value = n.getAttributeNS(XML_NS, "space");
        if (value) return value;
      }
      return "default";
    };
    const source = childElements(part, "source")[0];
    if (source && space(source) !== space(target)) fail(target, "a target's xml:space differs from its source's");
  });
  const targetCodes = inlines(unit, "target");
  if (targetCodes.length > 0 || elements(unit, "target").length > 0) {
    const inTarget = new Set(targetCodes.map((code) => attr(code, "id")));
    for (const code of inlines(unit, "source")) {
      if (attr(code, "canDelete") === "no" && !inTarget.has(attr(code, "id"))) fail(code, `the code "${attr(code, "id")}" cannot be deleted but is missing from the target`);
    }
  }
  const data = new Set(elements(unit, "data").map((node) => attr(node, "id") ?? ""));
  const notes = new Set(elements(unit, "note").map((node) => attr(node, "id") ?? "").filter((id) => id !== ""));
  checkCodes(unit, "source", data, notes);
  checkCodes(unit, "target", data, notes);
  for (const code of inlines(unit, "source")) {
    const subFlows = attr(code, "subFlows") ?? attr(code, "subFlowsStart") ?? attr(code, "subFlowsEnd");
    if (subFlows === null) continue;
    for (const id of subFlows.trim().split(/\s+/)) if (!unitIds.has(id)) fail(code, `subFlows "${id}" is not a unit of the file`);
  }
}

function checkSkeletons(root: Element): void {
  for (const skeleton of elements(root, "skeleton")) {
    const hasContent = (skeleton.textContent ?? "").trim() !== "" || elements(skeleton).length > 0;
    const href = attr(skeleton, "href");
    if (href === null && !hasContent) fail(skeleton, "an empty <skeleton> needs an href");
    if (href !== null && hasContent) fail(skeleton, "a <skeleton> with an href must be empty");
  }
}

/** The first core processing requirement an XLIFF 2.x document breaks, or null. */
export function firstRuleProblem(root: Element): RuleProblem | null {
  try {
    checkLanguages(root);
    checkIds(root);
    checkSkeletons(root);
    for (const file of childElements(root, "file")) {
      const units = elements(file, "unit");
      const unitIds = new Set(units.map((unit) => attr(unit, "id") ?? ""));
      for (const unit of units) checkUnit(unit, unitIds);
    }
    return null;
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    const line = (error.node as { lineNumber?: number }).lineNumber;
    return { line: typeof line === "number" ? line : null, message: error.message };
  }
}
