"use client";

import { languageName } from "@/lib/language-name";
import type { ImportPreview } from "@/lib/import-preview";

/** What an uploaded file will become: title, languages, counts and the first sentences as split. */
export function ImportPreviewPanel({ preview }: { preview: ImportPreview }) {
  const detected = preview.detectedLang;
  return (
    <section aria-label="Preview" className="space-y-2 rounded border border-stone-300 bg-stone-50 p-4">
      <h2 className="text-lg font-semibold" data-testid="preview-title">{preview.title}</h2>
      <dl className="grid grid-cols-2 gap-x-4 text-sm sm:grid-cols-4">
        <dt className="text-stone-600">Original</dt>
        <dd data-testid="preview-source-lang">{languageName(preview.sourceLang)} ({preview.sourceLang})</dd>
        <dt className="text-stone-600">Translation</dt>
        <dd data-testid="preview-target-lang">
          {languageName(preview.targetLang)} ({preview.targetLang})
          {detected && ` (detected ${detected.lang}, ${Math.round(detected.confidence * 100)}%)`}
        </dd>
        <dt className="text-stone-600">Paragraphs</dt>
        <dd data-testid="preview-paragraphs">{preview.paragraphs}</dd>
        <dt className="text-stone-600">Sentences</dt>
        <dd data-testid="preview-sentences">{preview.sentences}</dd>
      </dl>
      {preview.skippedUnits > 0 && (
        <p className="text-sm text-amber-800" data-testid="preview-skipped">
          {preview.skippedUnits} unit{preview.skippedUnits === 1 ? "" : "s"} without a translation (no target) will be left out.
        </p>
      )}
      <ol aria-label="First sentences" className="list-decimal space-y-1 pl-6 font-serif">
        {preview.firstSentences.map((sentence, index) => (
          <li key={index} dir="auto">{sentence}</li>
        ))}
      </ol>
    </section>
  );
}
