"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import type { ArticleView, QaIssueView, SentenceView } from "@/lib/api-types";
import type { SentenceStatus } from "@/lib/article";
import { useArticleSuggestions } from "@/components/effort/use-article-suggestions";
import { useEffortCapture } from "@/components/effort/use-effort-capture";
import { ChecksPanel } from "./checks-panel";
import { MqmScore } from "./mqm-score";
import { SentenceRow } from "./sentence-row";
import type { StructureChange } from "./structure-actions";

type Filter = "ALL" | SentenceStatus;

const filters: { value: Filter; label: string }[] = [
  { value: "ALL", label: "All" },
  { value: "UNTOUCHED", label: "Untouched" },
  { value: "EDITED", label: "Edited" },
  { value: "CONFIRMED", label: "Confirmed" },
];

interface Props {
  article: ArticleView;
  canEdit: boolean;
  canConfirm: boolean;
}

/** The review workspace: one row per sentence, grouped by paragraph, with filter and progress. */
export function Workspace({ article, canEdit, canConfirm }: Props) {
  // Sentences in article order (split and merge change it), and the latest known state of each.
  const [sentences, setSentences] = useState(article.sentences);
  const [views, setViews] = useState<Record<number, SentenceView>>(() => Object.fromEntries(article.sentences.map((s) => [s.id, s])));
  const [filter, setFilter] = useState<Filter>("ALL");
  const inputs = useRef(new Map<number, HTMLTextAreaElement>());
  useEffortCapture(canEdit);
  const memory = useArticleSuggestions(article.id, canEdit);

  // Every saved change reruns the checks; a fix from the checks panel remounts its row with the fixed sentence.
  const [saves, setSaves] = useState(0);
  const [fixed, setFixed] = useState<Record<number, SentenceView>>({});

  const onView = useCallback((view: SentenceView) => {
    setSaves((count) => count + 1);
    setViews((current) => ({ ...current, [view.id]: view }));
  }, []);

  const onStructure = useCallback((change: StructureChange) => {
    const removed = new Set(change.removed);
    setSentences((current) =>
      [...current.filter((s) => !removed.has(s.id)), ...change.sentences].sort((a, b) => a.position - b.position || a.id - b.id),
    );
    setViews((current) => ({ ...current, ...Object.fromEntries(change.sentences.map((s) => [s.id, s])) }));
    setSaves((count) => count + 1);
  }, []);

  const statuses = useMemo(
    () => Object.fromEntries(sentences.map((s) => [s.id, (views[s.id] ?? s).status])) as Record<number, SentenceStatus>,
    [sentences, views],
  );

  // Open QA warnings per sentence, shown on the rows as well as in the panel.
  const [warnings, setWarnings] = useState<Record<number, string[]>>({});
  const onIssues = useCallback((open: QaIssueView[]) => {
    const bySentence: Record<number, string[]> = {};
    for (const issue of open) (bySentence[issue.sentenceId] ??= []).push(issue.message);
    setWarnings(bySentence);
  }, []);

  const onFixed = useCallback((view: SentenceView) => {
    setFixed((current) => ({ ...current, [view.id]: view }));
    onView(view);
  }, [onView]);

  const visible = useCallback((s: SentenceView) => filter === "ALL" || statuses[s.id] === filter, [filter, statuses]);

  const move = useCallback(
    (from: number, delta: number) => {
      const order = sentences.filter(visible);
      const index = order.findIndex((s) => s.id === from);
      const target = order[index + delta];
      if (target) inputs.current.get(target.id)?.focus();
    },
    [sentences, visible],
  );

  const paragraphs = useMemo(() => {
    const groups = new Map<number, SentenceView[]>();
    for (const sentence of sentences) groups.set(sentence.paragraph, [...(groups.get(sentence.paragraph) ?? []), sentence]);
    return [...groups.entries()];
  }, [sentences]);
  const numbers = useMemo(() => new Map(sentences.map((s, index) => [s.id, index + 1])), [sentences]);

  const nextOf = (id: number): SentenceView | null => {
    const next = sentences[(numbers.get(id) ?? 0)];
    return next ? (views[next.id] ?? next) : null;
  };

  const total = sentences.length;
  const done = Object.values(statuses).filter((status) => status !== "UNTOUCHED").length;
  const counts = Object.fromEntries(filters.map((f) => [f.value, f.value === "ALL" ? total : Object.values(statuses).filter((s) => s === f.value).length]));

  return (
    <div>
      <div className="sticky top-0 z-10 mb-2 flex flex-wrap items-center gap-4 border-b border-stone-200 bg-stone-50/95 py-2">
        <div role="group" aria-label="Show sentences" className="flex gap-1">
          {filters.map((f) => (
            <button
              key={f.value}
              type="button"
              aria-pressed={filter === f.value}
              onClick={() => setFilter(f.value)}
              className={`rounded px-2 py-1 text-sm ${filter === f.value ? "bg-stone-900 text-white" : "bg-white text-stone-700 ring-1 ring-stone-300"}`}
            >
              {f.label} ({counts[f.value]})
            </button>
          ))}
        </div>
        <div className="flex min-w-64 flex-1 items-center gap-2 text-sm">
          <progress max={total} value={done} className="h-2 flex-1" aria-label="Edited or confirmed sentences" />
          <span data-testid="progress">{done} / {total} edited or confirmed</span>
        </div>
        {canEdit && <span className="text-xs text-stone-500">Ctrl+Enter save and next · Alt+↑/↓ move · Esc discard</span>}
        <MqmScore articleId={article.id} />
      </div>
      <ChecksPanel articleId={article.id} canEdit={canEdit} reloadKey={saves} onFixed={onFixed} onIssues={onIssues} />
      {paragraphs.map(([paragraph, sentences]) => (
        <section key={paragraph} hidden={!sentences.some(visible)} className="mb-4 rounded bg-white px-3 shadow-sm" aria-label={`Paragraph ${paragraph + 1}`}>
          <ol>
            {sentences.map((sentence) => (
              <SentenceRow
                key={`${sentence.id}-${fixed[sentence.id]?.version ?? 0}`}
                sentence={fixed[sentence.id] ?? sentence}
                number={numbers.get(sentence.id) ?? 0}
                next={nextOf(sentence.id)}
                warnings={warnings[sentence.id] ?? []}
                memory={memory.get(sentence.id) ?? null}
                onStructure={onStructure}
                canEdit={canEdit}
                canConfirm={canConfirm}
                hidden={!visible(sentence)}
                inputRef={(element) => {
                  if (element) inputs.current.set(sentence.id, element);
                  else inputs.current.delete(sentence.id);
                }}
                onView={onView}
                onMove={(delta) => move(sentence.id, delta)}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
