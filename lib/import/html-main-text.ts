import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/**
 * The main text of a web page with Mozilla's Readability (the Firefox Reader View algorithm) over a
 * server-side DOM (linkedom): menus, share bars, related stories, comment counts, newsletter boxes and
 * bylines left out. Returns the article's HTML and the page's title candidates, or null when Readability
 * finds no article (or the page has more elements than it is worth reading, MAX_ELEMENTS).
 */

const MAX_ELEMENTS = 50_000;

/**
 * Page furniture named by its class or id: share bars, related and "most read" lists, newsletter boxes,
 * comment counts, bylines and ads. Removed before Readability runs (it keeps short ones inside the body).
 */
export const furniture = /(?:^|[\s_-])(?:share|sharing|social|related|most-?read|newsletter|signup|subscribe|comment-?count|byline|promo|advert|ad-slot|outbrain|taboola)(?:$|[\s_-])/i;

export interface MainText {
  /** HTML of the article body. */
  content: string;
  /** og:title, or null. */
  ogTitle: string | null;
  /** og:site_name, application-name or the publisher in JSON-LD, or null. */
  siteName: string | null;
}

function meta(document: Document, names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = element?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

export function mainText(html: string): MainText | null {
  const { document } = parseHTML(html);
  const ogTitle = meta(document, ["og:title", "twitter:title"]);
  const siteName = meta(document, ["og:site_name", "application-name"]);
  for (const element of Array.from(document.querySelectorAll("[class], [id]"))) {
    if (furniture.test(`${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`)) element.remove();
  }
  let article: ReturnType<Readability["parse"]>;
  try {
    article = new Readability(document, { maxElemsToParse: MAX_ELEMENTS, charThreshold: 300, keepClasses: true }).parse();
  } catch {
    // Too many elements, or markup Readability cannot walk: the caller falls back to the plain extractor.
    return null;
  }
  const content = article?.content;
  if (!content || (article?.textContent ?? "").trim() === "") return null;
  return { content, ogTitle, siteName: siteName ?? article?.siteName ?? null };
}

// " - The New York Times", " | BBC News", " — Le Monde": a separator and a short site name at the end.
const SUFFIX = /\s+[-–—|·•:]\s+([^-–—|·•]{2,60})$/;

/**
 * A page title without the site's name: removed when it is the known site name or, when that is unknown,
 * a short tail (at most five words) after " - ", " | " or " — ". Titles longer than 200 characters (a photo
 * caption) are not titles: null.
 */
export function cleanTitle(title: string | null | undefined, siteName: string | null): string | null {
  let clean = (title ?? "").replace(/\s+/g, " ").trim();
  const match = SUFFIX.exec(clean);
  if (match) {
    const tail = match[1].trim();
    const known = siteName !== null && tail.toLowerCase() === siteName.toLowerCase();
    if (known || (siteName === null && tail.split(" ").length <= 5 && clean.length - match[0].length >= 8)) {
      clean = clean.slice(0, match.index).trim();
    }
  }
  if (siteName && clean.toLowerCase().startsWith(`${siteName.toLowerCase()}: `)) clean = clean.slice(siteName.length + 2).trim();
  return clean === "" || clean.length > 200 ? null : clean;
}
