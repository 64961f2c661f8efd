// Articles for the exporter tests (imported only by *.test.ts files).

import type { ArticleModel, BlockType, Person, RevisionModel, SentenceModel, SentenceStatus } from "@/lib/article";
import { toSentenceDrafts } from "@/lib/import/sentences";
import { parsePlainText } from "@/lib/import/text";
import type { ImportedDocument } from "@/lib/import/types";

export const importer: Person = { name: "Import Bot", email: "import@example.test" };
export const alice: Person = { name: "Alice Martin", email: "alice@example.test" };
export const bob: Person = { name: "Bob O'Brien", email: "bob@example.test" };

let nextRevisionId = 1;

function revision(kind: RevisionModel["kind"], text: string, author: Person, createdAt: string, version: number, status: SentenceStatus): RevisionModel {
  return { id: nextRevisionId++, kind, text, status, version, author, createdAt };
}

interface SentenceSpec {
  paragraph: number;
  block: BlockType;
  mt: string;
  /** Later revisions: [kind, text, author, time]. */
  edits?: [RevisionModel["kind"], string, Person, string][];
  trailing?: string;
  prefix?: string;
  originalText?: string | null;
}

const importTime = "2021-09-17T08:00:00.000Z";

function sentence(spec: SentenceSpec, position: number): SentenceModel {
  const revisions = [revision("IMPORT", spec.mt, importer, importTime, 1, "UNTOUCHED")];
  let status: SentenceStatus = "UNTOUCHED";
  let text = spec.mt;
  for (const [kind, editText, author, time] of spec.edits ?? []) {
    status = kind === "CONFIRM" ? "CONFIRMED" : kind === "REVERT" ? "UNTOUCHED" : "EDITED";
    text = editText;
    revisions.push(revision(kind, editText, author, time, revisions.length + 1, status));
  }
  return {
    id: 100 + position,
    position,
    paragraph: spec.paragraph,
    block: spec.block,
    prefix: spec.prefix ?? "",
    trailing: spec.trailing ?? "",
    sourceText: spec.mt,
    text,
    status,
    version: revisions.length,
    originalText: spec.originalText ?? null,
    revisions,
  };
}

export const hostileScript = "<script>alert(1)</script>";
export const hostileImg = "<img src=x onerror=alert(1)>";
export const arabicMt = "مرحبا بالعالم الجديد.";
export const arabicFixed = "أهلا بالعالم الجديد.";

/** A small article covering headings, paragraphs, a list, a quote, quotes, RTL, emoji and hostile HTML. */
export function sampleArticle(): ArticleModel {
  const specs: SentenceSpec[] = [
    {
      paragraph: 0,
      block: "h1",
      mt: "Russia and China plead for a rapprochement with the Taliban",
      edits: [["EDIT", "Russia and China advocate a pragmatic rapprochement with the Taliban", alice, "2021-09-17T09:15:30.250Z"]],
      trailing: "\n\n",
      originalText: "La Russie et la Chine plaident pour un rapprochement avec les talibans",
    },
    {
      paragraph: 1,
      block: "p",
      mt: "“The new Afghan authorities must be encouraged,” Putin said.",
      edits: [
        ["EDIT", "“The new Afghan authorities must be encouraged to keep their promises,” Putin said.", alice, "2021-09-17T09:20:00.000Z"],
        ["CONFIRM", "“The new Afghan authorities must be encouraged to keep their promises,” Putin said.", bob, "2021-09-17T10:00:00.000Z"],
      ],
      trailing: " ",
    },
    {
      paragraph: 1,
      block: "p",
      mt: `He said "it's 5 < 6 & 7 > 3" and ${hostileScript} ${hostileImg}.`,
      trailing: "\n\n",
    },
    {
      paragraph: 2,
      block: "li",
      mt: arabicMt,
      edits: [["EDIT", arabicFixed, bob, "2021-09-17T11:00:00.000Z"]],
      trailing: "\n",
      prefix: "- ",
    },
    {
      paragraph: 3,
      block: "li",
      mt: "Good news 🎉 for the region 👍🏽.",
      edits: [["CONFIRM", "Good news 🎉 for the region 👍🏽.", alice, "2021-09-17T11:30:00.000Z"]],
      trailing: "\n\n",
      prefix: "- ",
    },
    {
      paragraph: 4,
      block: "quote",
      mt: "Afghanistan must never again be a haven for terrorism.",
      edits: [["EDIT", "Afghanistan must never again become a haven for terrorism.", bob, "2021-09-17T12:00:00.000Z"]],
    },
  ];
  const sentences = specs.map(sentence);
  // Stored out of order on purpose: exporters must sort by position.
  return {
    id: 7,
    title: "Russia and China advocate a pragmatic rapprochement with the Taliban",
    sourceLang: "fr",
    targetLang: "en",
    leading: "",
    createdAt: importTime,
    updatedAt: "2021-09-17T12:00:00.000Z",
    createdBy: importer,
    sentences: [sentences[3], ...sentences.slice(0, 3), ...sentences.slice(4)],
  };
}

/** An unedited article imported from plain text, as the import pipeline would store it. */
export function articleFromPlainText(raw: string, lang = "en"): ArticleModel {
  return articleFromDocument(parsePlainText(raw, { titleFromFirstLine: true }), lang);
}

/** An unedited article made from an imported document, as the import pipeline would store it. */
export function articleFromDocument(doc: ImportedDocument, lang = "en"): ArticleModel {
  const drafts = toSentenceDrafts(doc, lang);
  return {
    id: 1,
    title: doc.title ?? "Untitled",
    sourceLang: "fr",
    targetLang: lang,
    leading: doc.leading,
    createdAt: importTime,
    updatedAt: importTime,
    createdBy: importer,
    sentences: drafts.map((draft, position) => ({
      id: position + 1,
      position,
      paragraph: draft.paragraph,
      block: draft.block,
      prefix: draft.prefix,
      trailing: draft.trailing,
      sourceText: draft.text,
      text: draft.text,
      status: "UNTOUCHED",
      version: 1,
      originalText: draft.originalText,
      revisions: [revision("IMPORT", draft.text, importer, importTime, 1, "UNTOUCHED")],
    })),
  };
}
