// DOM helpers for the XLIFF rule checks (xliff-rules.ts): walking elements, attributes, language tags,
// and the Problem a rule throws with the element it concerns.
import type { Element, Node } from "@xmldom/xmldom";

export const XML_NS = "http://www.w3.org/XML/1998/namespace";

export function isElement(node: Node | null): node is Element {
  return node !== null && node.nodeType === 1;
}

export function elements(root: Element, name?: string): Element[] {
  const found: Element[] = [];
  const walk = (element: Element) => {
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (!isElement(node)) continue;
      if (name === undefined || node.localName === name) found.push(node);
      walk(node);
    }
  };
  walk(root);
  return found;
}

export function childElements(element: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) if (isElement(node) && node.localName === name) found.push(node);
  return found;
}

export class Problem extends Error {
  constructor(
    readonly node: Element,
    message: string,
  ) {
    super(message);
  }
}

export function fail(node: Element, message: string): never {
  throw new Problem(node, message);
}

export function attr(element: Element, name: string): string | null {
  return element.hasAttribute(name) ? element.getAttribute(name) : null;
}

/** A BCP 47 tag as XLIFF requires (RFC 5646 well-formed; Intl is stricter on nothing that matters here). */
export function wellFormedLanguage(tag: string): boolean {
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag)) return false;
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** xml:lang in effect on an element: its own or its nearest ancestor's. */
export function languageOf(element: Element): string | null {
  for (let node: Node | null = element; node && isElement(node); node = node.parentNode) {
    const lang = node.getAttributeNS(XML_NS, "lang");
    if (lang) return lang;
  }
  return null;
}

export function unique(nodes: Element[], key: (node: Element) => string | null, what: string): void {
  const seen = new Set<string>();
  for (const node of nodes) {
    const value = key(node);
    if (value === null) continue;
    if (seen.has(value)) fail(node, `${what} "${value}" is used twice`);
    seen.add(value);
  }
}
