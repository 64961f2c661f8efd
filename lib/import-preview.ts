// The answer of POST /api/v1/imports/preview; shared by the server use case and the import form.

/** How an uploaded file would be imported (POST /api/v1/imports/preview); nothing is stored. */
export interface ImportPreview {
  title: string;
  format: string;
  sourceLang: string;
  targetLang: string;
  detectedLang: { lang: string; confidence: number } | null;
  paragraphs: number;
  sentences: number;
  /** The first ten sentences as they will be split. */
  firstSentences: string[];
  /** XLIFF units left out because they have no target (0 for other formats). */
  skippedUnits: number;
}
