import { wordDiff } from "./word-diff";

/**
 * Maps a character offset in `after` to the matching offset in `before`, through the word diff:
 * inside unchanged text it moves with the text; inside an insertion it lands where the insertion is.
 * Used to split the MT sentence where the editor splits the correction.
 */
export function mapOffset(before: string, after: string, offset: number, language: string): number {
  let inBefore = 0;
  let inAfter = 0;
  for (const part of wordDiff(before, after, language)) {
    const length = part.value.length;
    if (part.kind === "delete") {
      inBefore += length;
      continue;
    }
    // At a boundary the offset moves on, so text deleted there stays with the part before it.
    if (offset < inAfter + length) return part.kind === "equal" ? inBefore + (offset - inAfter) : inBefore;
    inAfter += length;
    if (part.kind === "equal") inBefore += length;
  }
  return before.length;
}
