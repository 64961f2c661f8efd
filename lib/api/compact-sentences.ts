// The article page sends its sentences in this form: field names once instead of once per sentence,
// each author once, and an untouched correction as null instead of a second copy of the MT. On a
// 5,000-sentence article that is well under half the bytes the browser has to parse and hydrate.
import type { PersonView, SentenceView } from "@/lib/api-types";
import type { BlockType, SentenceStatus } from "@/lib/article";
import type { ArticleGlossaryMarks } from "@/lib/glossary/marks";

/**
 * Articles up to this many sentences come whole with the article page, and the workspace draws every row
 * (the browser's own find still sees them all); a longer one is drawn only near the viewport, and its page
 * holds just the first `firstScreenSentences`: the workspace fetches the rest once it is usable.
 */
export const wholeArticleUpTo = 200;
export const firstScreenSentences = 40;

type CompactChange = [kind: string, author: number, createdAt: string];

type CompactSentence = [
  id: number,
  position: number,
  paragraph: number,
  block: BlockType,
  sourceText: string,
  /** null: the same as sourceText. */
  text: string | null,
  status: SentenceStatus,
  version: number,
  originalText: string | null,
  updatedAt: string,
  lastChange: CompactChange | null,
  hter: number,
  prefix: string,
];

export interface CompactSentences {
  articleId: number;
  /** The authors of the last changes, referred to by index. */
  people: PersonView[];
  rows: CompactSentence[];
}

/** GET /api/v1/articles/:id/sentences: every sentence of an article, compact, with their glossary marks. */
export interface WorkspaceSentences {
  sentences: CompactSentences;
  glossary: ArticleGlossaryMarks;
}

export function compactSentences(articleId: number, sentences: SentenceView[]): CompactSentences {
  const people: PersonView[] = [];
  const indexOf = new Map<number, number>();
  const personIndex = (person: PersonView) => {
    let index = indexOf.get(person.id);
    if (index === undefined) {
      index = people.push(person) - 1;
      indexOf.set(person.id, index);
    }
    return index;
  };
  const rows = sentences.map((s): CompactSentence => [
    s.id,
    s.position,
    s.paragraph,
    s.block,
    s.sourceText,
    s.text === s.sourceText ? null : s.text,
    s.status,
    s.version,
    s.originalText,
    s.updatedAt,
    s.lastChange ? [s.lastChange.kind, personIndex(s.lastChange.author), s.lastChange.createdAt] : null,
    s.hter,
    s.prefix,
  ]);
  return { articleId, people, rows };
}

export function expandSentences({ articleId, people, rows }: CompactSentences): SentenceView[] {
  return rows.map(([id, position, paragraph, block, sourceText, text, status, version, originalText, updatedAt, lastChange, hter, prefix]) => ({
    id,
    articleId,
    position,
    paragraph,
    block,
    prefix,
    sourceText,
    text: text ?? sourceText,
    status,
    version,
    originalText,
    updatedAt,
    lastChange: lastChange ? { kind: lastChange[0], author: people[lastChange[1]], createdAt: lastChange[2] } : null,
    hter,
  }));
}
