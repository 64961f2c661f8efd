// Helpers shared by the exporters. Pure: no Node-only APIs.

import type { ArticleModel, BlockType, Person, RevisionModel, SentenceModel } from "@/lib/article";

/** The sentences in article order (sorted by position; the input is not trusted to be sorted). */
export function orderedSentences(article: ArticleModel): SentenceModel[] {
  return [...article.sentences].sort((a, b) => a.position - b.position || a.id - b.id);
}

/** A sentence's revisions in time order (ties broken by version, then id). */
export function orderedRevisions(sentence: SentenceModel): RevisionModel[] {
  return [...sentence.revisions].sort(
    (a, b) => timeOf(a.createdAt) - timeOf(b.createdAt) || a.version - b.version || a.id - b.id,
  );
}

function timeOf(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 0 : time;
}

/** Consecutive sentences of one paragraph. */
export interface Block {
  paragraph: number;
  block: BlockType;
  sentences: SentenceModel[];
}

/** Groups sentences (already in article order) into their paragraphs. */
export function groupBlocks(sentences: SentenceModel[]): Block[] {
  const blocks: Block[] = [];
  for (const sentence of sentences) {
    const last = blocks[blocks.length - 1];
    if (last && last.paragraph === sentence.paragraph) last.sentences.push(sentence);
    else blocks.push({ paragraph: sentence.paragraph, block: sentence.block, sentences: [sentence] });
  }
  return blocks;
}

/**
 * The marker a note opens with ("[1] ", kept verbatim as its first sentence's prefix by the .docx import),
 * for the exports that do not write Markdown prefixes; "" for other blocks.
 */
export function noteMarker(sentence: Pick<SentenceModel, "block" | "prefix">): string {
  return sentence.block === "footnote" ? sentence.prefix : "";
}

/** Heading level 1–6 of a block type, or null for other blocks. */
export function headingLevel(block: BlockType): 1 | 2 | 3 | 4 | 5 | 6 | null {
  switch (block) {
    case "h1":
      return 1;
    case "h2":
      return 2;
    case "h3":
      return 3;
    case "h4":
      return 4;
    case "h5":
      return 5;
    case "h6":
      return 6;
    default:
      return null;
  }
}

/**
 * Whether an exporter must add the title itself. Plain-text and Markdown imports keep the title as the
 * first sentence (an h1 block), so the title is only added when the article does not open with an h1.
 */
export function needsTitle(blocks: Block[]): boolean {
  return blocks[0]?.block !== "h1";
}

const maxSlugLength = 80;

/** An ASCII-safe, bounded, never-empty file name: slug of the title + suffix (e.g. ".txt", "-tracked.docx"). */
export function exportFilename(article: Pick<ArticleModel, "id" | "title">, suffix: string): string {
  let slug = article.title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length > maxSlugLength) {
    const cut = slug.slice(0, maxSlugLength);
    const lastHyphen = cut.lastIndexOf("-");
    slug = (lastHyphen > maxSlugLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
  }
  if (slug === "") slug = `article-${article.id}`;
  return slug + suffix;
}

// Characters XML 1.0 does not allow at all (C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF).
const xmlInvalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** The text without the characters XML 1.0 cannot carry. */
export function stripInvalidXml(text: string): string {
  return text.replace(xmlInvalid, "");
}

/** Escapes text for XML and HTML content and attribute values; drops characters XML cannot carry. */
export function escapeMarkup(text: string): string {
  return stripInvalidXml(text).replace(/[&<>"']/g, (char) => entities[char]);
}

/** Who made the current text of a sentence, and when. */
export interface Attribution {
  author: Person;
  date: string;
  kind: RevisionModel["kind"] | null;
}

/**
 * The author and time to show for the change from the MT (sourceText) to the current text: the
 * revision that last brought the text to its current value — the latest non-IMPORT revision whose text
 * equals the current text and differs from the text of the revision before it (a CONFIRM that did not
 * change the text does not take the credit). Failing that, the latest non-IMPORT revision with the
 * current text; failing that, the latest revision; failing that, the article's creator and update time.
 */
export function changeAttribution(article: ArticleModel, sentence: SentenceModel): Attribution {
  const revisions = orderedRevisions(sentence);
  let maker: RevisionModel | undefined;
  let fallback: RevisionModel | undefined;
  let previousText = sentence.sourceText;
  for (const revision of revisions) {
    if (revision.kind !== "IMPORT" && revision.text === sentence.text) {
      fallback = revision;
      if (revision.text !== previousText) maker = revision;
    }
    previousText = revision.text;
  }
  const chosen = maker ?? fallback ?? revisions[revisions.length - 1];
  if (chosen) return { author: chosen.author, date: chosen.createdAt, kind: chosen.kind };
  return { author: article.createdBy, date: article.updatedAt, kind: null };
}

/** A person's display name (the e-mail when the name is empty). */
export function displayName(person: Person): string {
  return person.name.trim() || person.email;
}

/** "2021-09-17 14:03 UTC" for an ISO time; the input unchanged when it is not a valid time. */
export function formatTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return `${new Date(time).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** An ISO 8601 time Word accepts (no fractional seconds); the input unchanged when it is not a valid time. */
export function wordTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}

// First strong character decides the direction (as dir="auto" does in HTML).
const strongChar = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF\u0700-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const rtlChar = /[\u0590-\u05FF\u0600-\u06FF\u0700-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** True when the text's first strong character is right-to-left (Hebrew, Arabic, Syriac, Thaana…). */
export function isRightToLeft(text: string): boolean {
  const first = strongChar.exec(text)?.[0];
  return first !== undefined && rtlChar.test(first);
}
