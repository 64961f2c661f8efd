// Every size limit of the API, defined once: the server enforces them, the pages warn before sending.

/** Text of an article (paste, .txt, .md) or of its original. */
export const maxTextBytes = 2 * 1024 * 1024;
/** A binary upload (.docx, .html, XLIFF) before its text is extracted. */
export const maxFileBytes = 10 * 1024 * 1024;
/** A JSON body carrying an article's text: JSON escaping can grow it, the text itself is checked again. */
export const maxTextJsonBytes = Math.ceil(maxTextBytes * 1.5);
/** Any other JSON body. */
export const defaultJsonBytes = 64 * 1024;
/** A glossary CSV upload. */
export const maxGlossaryCsvBytes = 8 * 1024 * 1024;
/** A batch of editing visits (at most 200 of them). */
export const maxVisitBatchBytes = 256 * 1024;
/** A TMX file imported into the correction memory. */
export const maxTmxBytes = 5 * 1024 * 1024;
/** One sentence's correction, in characters. */
export const maxSentenceLength = 10_000;
/** One comment, in characters. */
export const maxCommentLength = 5000;

/** "2 MB", "64 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
