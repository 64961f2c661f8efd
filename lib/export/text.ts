// Plain text and Markdown: the corrected article as text.

import type { ArticleModel, SentenceModel } from "@/lib/article";
import { quoteLineMarker } from "@/lib/import/markdown";
import { groupBlocks, headingLevel, needsTitle, noteMarker, orderedSentences } from "./shared";

/**
 * The corrected article: `leading + Σ(text + trailing)`, so an unedited import round-trips exactly; a note
 * keeps its marker ("[1] A tachyon…").
 */
export function toPlainText(article: ArticleModel): string {
  return article.leading + orderedSentences(article).map((s) => noteMarker(s) + s.text + s.trailing).join("");
}

// A setext underline ("===" or "---" on its own line) that the Markdown import kept in the next block's prefix.
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*\n/;

function blockMarker(sentence: SentenceModel): string {
  const level = headingLevel(sentence.block);
  if (level !== null) return `${"#".repeat(level)} `;
  if (sentence.block === "li") return "- ";
  if (sentence.block === "quote") return "> ";
  return "";
}

/**
 * Markdown: the Markdown prefix kept at import ("## ", "- ") before a block's first sentence, or one made
 * from the block type (h1–h6 → "#"×N, li → "- ", quote → "> ") when the article came from another format.
 * The title becomes a "# " heading unless the article already opens with an h1. Text is kept as is,
 * except that a quote wrapped over several lines gets its marker back after each line break, and a
 * setext heading (its "===" / "---" underline kept at the start of the next block) gets no "#" marker.
 */
export function toMarkdown(article: ArticleModel): string {
  const blocks = groupBlocks(orderedSentences(article));
  let out = needsTitle(blocks) ? `# ${article.title.replace(/\s+/g, " ").trim()}\n\n` : article.leading;
  blocks.forEach((block, index) => {
    const underlined = SETEXT_UNDERLINE.test(blocks[index + 1]?.sentences[0].prefix ?? "") && (block.block === "h1" || block.block === "h2");
    const synthesized = block.sentences[0].prefix === "" && blockMarker(block.sentences[0]) !== "" && !underlined;
    const lineMarker = block.block === "quote" ? quoteLineMarker(block.sentences[0].prefix || blockMarker(block.sentences[0])) : "";
    block.sentences.forEach((sentence, position) => {
      const marker = sentence.prefix !== "" ? sentence.prefix : position === 0 && !underlined ? blockMarker(sentence) : "";
      let trailing = sentence.trailing;
      const last = position === block.sentences.length - 1;
      // A marker we added must not run on into the next block (a lazy quote continuation, a heading
      // glued to its paragraph): end the block with a line break, a blank line between block types.
      const next = blocks[index + 1];
      if (synthesized && next && position === block.sentences.length - 1 && !trailing.includes("\n")) {
        trailing = next.block === "li" && block.block === "li" ? "\n" : "\n\n";
      }
      if (lineMarker !== "") {
        const inner = last ? "" : trailing;
        out += marker + (sentence.text + inner).replace(/\n/g, `\n${lineMarker}`) + (last ? trailing : "");
        return;
      }
      out += marker + sentence.text + trailing;
    });
  });
  return out;
}
