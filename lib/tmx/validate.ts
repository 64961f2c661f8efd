// Structural check of a TMX document against the TMX 1.4b DTD (tmx14b.dtd): element nesting and order,
// required attributes, enumerated values and date formats. Pure: works on a parsed DOM.
import type { Element, Node } from "@xmldom/xmldom";

const headerRequired = ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"];
const headerOptional = ["o-encoding", "creationdate", "creationid", "changedate", "changeid"];
const tuAttributes = [
  "tuid", "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool", "creationtoolversion",
  "creationdate", "creationid", "changedate", "segtype", "changeid", "o-tmf", "srclang",
];
const tuvAttributes = ["xml:lang", "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool", "creationtoolversion", "creationdate", "creationid", "changedate", "changeid", "o-tmf"];
const segtypes = new Set(["block", "paragraph", "sentence", "phrase"]);
const dateAttributes = new Set(["creationdate", "changedate", "lastusagedate"]);
const inlineElements = new Set(["bpt", "ept", "it", "ph", "hi", "sub", "ut"]);
const tmxDatePattern = /^\d{8}T\d{6}Z$/;

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function elementChildren(element: Element, errors: string[], where: string): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (isElement(node)) found.push(node);
    else if ((node.nodeType === 3 || node.nodeType === 4) && (node.nodeValue ?? "").trim() !== "") errors.push(`${where}: text is not allowed here.`);
  }
  return found;
}

function checkAttributes(element: Element, where: string, required: string[], optional: string[], errors: string[]): void {
  const allowed = new Set([...required, ...optional]);
  for (const name of required) if (!element.hasAttribute(name)) errors.push(`${where}: attribute ${name} is required.`);
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes.item(i);
    if (!attribute || attribute.name.startsWith("xmlns")) continue;
    if (!allowed.has(attribute.name)) errors.push(`${where}: attribute ${attribute.name} is not in TMX 1.4b.`);
    if (dateAttributes.has(attribute.name) && !tmxDatePattern.test(attribute.value)) errors.push(`${where}: ${attribute.name} must be YYYYMMDDThhmmssZ.`);
  }
}

function checkTextOnly(element: Element, where: string, errors: string[]): void {
  if (elementChildren(element, [], where).length > 0) errors.push(`${where}: only text is allowed in <${element.tagName}>.`);
}

function checkNotesAndProps(elements: Element[], where: string, allowUde: boolean, errors: string[]): void {
  for (const child of elements) {
    const name = child.tagName;
    if (name === "note") {
      checkAttributes(child, `${where}/note`, [], ["xml:lang", "o-encoding"], errors);
      checkTextOnly(child, `${where}/note`, errors);
    } else if (name === "prop") {
      checkAttributes(child, `${where}/prop`, ["type"], ["xml:lang", "o-encoding"], errors);
      checkTextOnly(child, `${where}/prop`, errors);
    } else if (!(allowUde && name === "ude")) errors.push(`${where}: <${name}> is not allowed here.`);
  }
}

function checkTu(tu: Element, where: string, errors: string[]): void {
  checkAttributes(tu, where, [], tuAttributes, errors);
  const segtype = tu.getAttribute("segtype");
  if (segtype && !segtypes.has(segtype)) errors.push(`${where}: segtype must be block, paragraph, sentence or phrase.`);
  const children = elementChildren(tu, errors, where);
  const firstTuv = children.findIndex((c) => c.tagName === "tuv");
  if (firstTuv < 0) errors.push(`${where}: a <tu> needs at least one <tuv>.`);
  const head = firstTuv < 0 ? children : children.slice(0, firstTuv);
  checkNotesAndProps(head, where, false, errors);
  children.slice(Math.max(firstTuv, 0)).forEach((tuv, index) => {
    const at = `${where}/tuv[${index + 1}]`;
    if (tuv.tagName !== "tuv") {
      errors.push(`${at}: <${tuv.tagName}> must come before the <tuv> elements.`);
      return;
    }
    checkAttributes(tuv, at, ["xml:lang"], tuvAttributes.filter((a) => a !== "xml:lang"), errors);
    const parts = elementChildren(tuv, errors, at);
    const seg = parts.at(-1);
    if (!seg || seg.tagName !== "seg") errors.push(`${at}: a <tuv> ends with exactly one <seg>.`);
    checkNotesAndProps(parts.slice(0, -1), at, false, errors);
    if (seg?.tagName === "seg") {
      for (const inline of elementChildren(seg, [], `${at}/seg`)) {
        if (!inlineElements.has(inline.tagName)) errors.push(`${at}/seg: <${inline.tagName}> is not allowed in a segment.`);
      }
    }
  });
}

/** Problems of a TMX document against the TMX 1.4b DTD structure; empty when it conforms. */
export function validateTmx(root: Element): string[] {
  const errors: string[] = [];
  if (root.tagName !== "tmx") return ["The root element must be <tmx>."];
  checkAttributes(root, "tmx", ["version"], [], errors);
  if (root.getAttribute("version") !== "1.4") errors.push("tmx: version must be 1.4.");
  const [header, body, ...rest] = elementChildren(root, errors, "tmx");
  if (!header || header.tagName !== "header") errors.push("tmx: the first element must be <header>.");
  else {
    checkAttributes(header, "header", headerRequired, headerOptional, errors);
    const segtype = header.getAttribute("segtype");
    if (segtype && !segtypes.has(segtype)) errors.push("header: segtype must be block, paragraph, sentence or phrase.");
    checkNotesAndProps(elementChildren(header, errors, "header"), "header", true, errors);
  }
  if (!body || body.tagName !== "body") errors.push("tmx: <header> must be followed by <body>.");
  else {
    elementChildren(body, errors, "body").forEach((tu, index) => {
      if (tu.tagName !== "tu") errors.push(`body: <${tu.tagName}> is not allowed here.`);
      else checkTu(tu, `tu[${index + 1}]`, errors);
    });
  }
  if (rest.length > 0) errors.push("tmx: nothing may follow <body>.");
  return errors;
}
