import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import { AppError } from "../errors";
import { sourceLangProp, type TmxPair } from "./types";
import { validateTmx } from "./validate";

export const maxTmxUnits = 50_000;

export interface TmxReadResult {
  pairs: TmxPair[];
  /** Units that are not an MT/correction pair (no -x-mt side, or no correction), with why. */
  skipped: { unit: number; reason: string }[];
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function childElements(element: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) if (isElement(node) && node.tagName === name) found.push(node);
  return found;
}

/** The text of a segment: inline codes (bpt, ept, it, ph, ut) dropped, hi kept, whitespace collapsed. */
function segText(node: Node): string {
  if (node.nodeType === 3 || node.nodeType === 4) return node.nodeValue ?? "";
  if (!isElement(node)) return "";
  if (["bpt", "ept", "it", "ph", "ut"].includes(node.tagName)) return "";
  let text = "";
  for (let child = node.firstChild; child; child = child.nextSibling) text += segText(child);
  return text;
}

function parseDate(value: string | null): Date | undefined {
  const m = value ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value) : null;
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : undefined;
}

/**
 * Reads a correction-memory TMX 1.4b file. The document must conform to the DTD structure (422 with the
 * first problems otherwise); a DOCTYPE or entity declaration is refused. Each unit needs one <tuv> whose
 * xml:lang ends in -x-mt (the MT) and one in its base language (the correction); the article's source
 * language comes from the unit's x-redline-source-lang prop, or `defaultSourceLang`.
 */
export function readTmx(xml: string, defaultSourceLang?: string): TmxReadResult {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new AppError("unprocessable", "The TMX file declares a DOCTYPE or entities; remove them and import again.");
  const { root, problems } = parseXml(xml);
  if (!root) throw new AppError("unprocessable", `The file is not well-formed XML: ${problems[0] ?? "no root element"}`);
  const errors = validateTmx(root);
  if (errors.length > 0) throw new AppError("unprocessable", `The file is not TMX 1.4b: ${errors.slice(0, 3).join(" ")}`);
  const [body] = childElements(root, "body");
  const units = childElements(body, "tu");
  if (units.length > maxTmxUnits) throw new AppError("unprocessable", `The file has ${units.length} units; import at most ${maxTmxUnits} at a time.`);
  const pairs: TmxPair[] = [];
  const skipped: TmxReadResult["skipped"] = [];
  units.forEach((tu, index) => {
    const unit = index + 1;
    const tuvs = childElements(tu, "tuv").map((tuv) => ({ lang: tuv.getAttribute("xml:lang") ?? "", text: segText(childElements(tuv, "seg")[0]).replace(/\s+/g, " ").trim() }));
    const mt = tuvs.find((t) => /-x-mt$/i.test(t.lang));
    if (!mt) return skipped.push({ unit, reason: "no machine-translation side (xml:lang ending in -x-mt)" });
    const targetLang = mt.lang.replace(/-x-mt$/i, "");
    const correction = tuvs.find((t) => t.lang.toLowerCase() === targetLang.toLowerCase());
    if (!correction) return skipped.push({ unit, reason: `no correction in ${targetLang}` });
    const prop = childElements(tu, "prop").find((p) => p.getAttribute("type") === sourceLangProp);
    const sourceLang = prop?.textContent?.trim() || defaultSourceLang;
    if (!sourceLang) return skipped.push({ unit, reason: "no source language (x-redline-source-lang prop)" });
    if (!mt.text || !correction.text) return skipped.push({ unit, reason: "an empty segment" });
    pairs.push({
      sourceLang,
      targetLang,
      mt: mt.text,
      correction: correction.text,
      createdAt: parseDate(tu.getAttribute("creationdate")),
      changedAt: parseDate(tu.getAttribute("changedate")),
    });
  });
  return { pairs, skipped };
}

/** The root element, or null with the parser's problems when the XML is not well-formed. */
function parseXml(xml: string): { root: Element | null; problems: string[] } {
  const problems: string[] = [];
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") problems.push(message);
      },
    }).parseFromString(xml, "text/xml");
    return { root: problems.length === 0 ? doc.documentElement : null, problems };
  } catch (error) {
    return { root: null, problems: [...problems, error instanceof Error ? error.message.split("\n")[0] : "unreadable"] };
  }
}

/** Parses a string as XML and validates it as TMX 1.4b (for tests and diagnostics). */
export function tmxProblems(xml: string): string[] {
  const { root, problems } = parseXml(xml);
  if (!root) return problems.length ? problems : ["no root element"];
  return validateTmx(root);
}
