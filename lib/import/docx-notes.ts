import { HTMLElement, NodeType, type Node } from "node-html-parser";
import { extractHtmlBlocks } from "./html";

/**
 * Word footnotes and endnotes in mammoth's HTML. Mammoth writes each reference as
 * `<sup><a id="footnote-ref-1" href="#footnote-1">[1]</a></sup>` right after the word it belongs to (so
 * the marker stays in that sentence's text, "Ouch[1]."), and every note, footnotes and endnotes numbered
 * together in reference order, in one `<ol>` after the body: `<li id="footnote-1"><p>Text
 * <a href="#footnote-ref-1">↑</a></p></li>` (endnotes as "endnote-…").
 */

/** One note: its marker as the body shows it ("[1]") and its paragraphs' text. */
export interface DocxNote {
  marker: string;
  paragraphs: string[];
}

const NOTE_ID = /^(?:footnote|endnote)-\d+$/;
const BACK_LINK = /^#(?:footnote|endnote)-ref-\d+$/;

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

function isNoteItem(node: Node): node is HTMLElement {
  return isElement(node) && node.rawTagName.toLowerCase() === "li" && NOTE_ID.test(node.getAttribute("id") ?? "");
}

/** The marker texts of the body's note references, by the id of the note they point to. */
function referenceMarkers(root: HTMLElement): Map<string, string> {
  const markers = new Map<string, string>();
  for (const link of root.querySelectorAll("a")) {
    const href = link.getAttribute("href") ?? "";
    const id = link.getAttribute("id") ?? "";
    if (href.startsWith("#") && NOTE_ID.test(href.slice(1)) && id === href.slice(1).replace("-", "-ref-")) {
      markers.set(href.slice(1), link.text.trim());
    }
  }
  return markers;
}

/**
 * Takes the notes list out of `root` (so the body blocks no longer hold it) and returns its notes in order,
 * without their "↑" back links. A list that holds anything but notes is left where it is.
 */
export function takeNotes(root: HTMLElement): DocxNote[] {
  const markers = referenceMarkers(root);
  const notes: DocxNote[] = [];
  const lists = root.querySelectorAll("ol").filter((list) => {
    const items = list.childNodes.filter((child) => isElement(child) || child.text.trim() !== "");
    return items.length > 0 && items.every(isNoteItem);
  });
  for (const list of lists) {
    for (const item of list.childNodes.filter(isNoteItem)) {
      for (const link of item.querySelectorAll("a")) if (BACK_LINK.test(link.getAttribute("href") ?? "")) link.remove();
      const id = item.getAttribute("id") ?? "";
      const paragraphs = extractHtmlBlocks(item).map((block) => block.text);
      if (paragraphs.length > 0) notes.push({ marker: markers.get(id) ?? `[${notes.length + 1}]`, paragraphs });
    }
    list.remove();
  }
  return notes;
}
