import { wordDiff } from "@/lib/diff/word-diff";

/**
 * Word-level difference rendered as elements: deletions struck through, insertions underlined. The same
 * tokens on the server and in the browser (lib/diff/tokenize.ts); `language` is the article's target language.
 */
export function DiffView({ before, after, className, language = "und" }: { before: string; after: string; className?: string; language?: string }) {
  const parts = wordDiff(before, after, language);
  return (
    <span dir="auto" className={className}>
      {parts.map((part, index) =>
        part.kind === "insert" ? (
          <ins key={index} className="diff-ins" title="inserted">
            {part.value}
          </ins>
        ) : part.kind === "delete" ? (
          <del key={index} className="diff-del" title="deleted">
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </span>
  );
}
