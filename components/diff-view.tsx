import { memo } from "react";
import { wordDiff, type DiffPart } from "@/lib/diff/word-diff";

/** Only punctuation (and spaces): drawn in a struck box so a deleted full stop cannot be missed. */
const punctuationOnly = /^[\s\p{P}\p{S}]+$/u;

function Deleted({ value }: { value: string }) {
  const punct = punctuationOnly.test(value) && value.trim() !== "";
  return (
    <del className={punct ? "diff-del diff-del-punct" : "diff-del"} title={punct ? `deleted “${value.trim()}”` : "deleted"}>
      {value}
    </del>
  );
}

function Inserted({ value }: { value: string }) {
  return (
    <ins className="diff-ins" title="inserted">
      {value}
    </ins>
  );
}

export type DiffShow = "both" | "deletions" | "insertions";

/**
 * Word-level difference rendered as elements: deletions struck through, insertions underlined, with a gap
 * between a deletion and the insertion that replaces it. `show` draws only one side: the MT with what the
 * correction deletes ("deletions"), or the correction with what it inserts ("insertions"). The same tokens
 * on the server and in the browser (lib/diff/tokenize.ts); `language` is the article's target language.
 */
export const DiffView = memo(function DiffView({
  before,
  after,
  className,
  show = "both",
  parts,
  language = "und",
}: {
  before: string;
  after: string;
  className?: string;
  show?: DiffShow;
  parts?: DiffPart[];
  language?: string;
}) {
  const diff = parts ?? wordDiff(before, after, language);
  return (
    <span dir="auto" className={className}>
      {diff.map((part, index) =>
        part.kind === "insert" ? (
          show === "deletions" ? null : <Inserted key={index} value={part.value} />
        ) : part.kind === "delete" ? (
          show === "insertions" ? null : <Deleted key={index} value={part.value} />
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </span>
  );
});
