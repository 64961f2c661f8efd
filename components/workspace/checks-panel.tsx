"use client";

import { useCallback, useEffect, useState } from "react";
import type { ChecksView, QaIssueView, SentenceView } from "@/lib/api-types";
import { applySuggestion, checkIds, checkLabels, type CheckId } from "@/lib/qa";
import { callApi } from "@/components/api-client";
import { announceSuggestionUsed } from "@/components/effort/use-effort-capture";

interface Props {
  articleId: number;
  canEdit: boolean;
  /** Changes whenever a sentence was saved: the checks run again. */
  reloadKey: number;
  /** A fix was saved: the sentence as the server returned it. */
  onFixed: (view: SentenceView) => void;
  /** The open (not dismissed) issues, each time the checks ran: shown inline on the rows. */
  onIssues?: (open: QaIssueView[]) => void;
}

function flagged(issue: QaIssueView): string {
  return issue.sentence.text.slice(issue.start, issue.end);
}

/** Automatic QA checks of the article: open warnings with one-click fixes, dismissals and per-check switches. */
export function ChecksPanel({ articleId, canEdit, reloadKey, onFixed, onIssues }: Props) {
  const [checks, setChecks] = useState<ChecksView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const result = await callApi<ChecksView>(`/api/v1/articles/${articleId}/checks`);
    if (result.ok) setChecks(result.data);
    else setError(result.error.message);
  }, [articleId]);

  useEffect(() => {
    void load();
  }, [load, reloadKey]);

  useEffect(() => {
    if (checks) onIssues?.(checks.issues.filter((issue) => !issue.dismissed));
  }, [checks, onIssues]);

  async function run(action: () => Promise<string | null>) {
    setBusy(true);
    setError(await action());
    setBusy(false);
  }

  const fix = (issue: QaIssueView) =>
    run(async () => {
      const result = await callApi<SentenceView>(`/api/v1/sentences/${issue.sentenceId}`, {
        method: "PATCH",
        body: { text: applySuggestion(issue.sentence.text, issue), version: issue.sentence.version, origin: issue.learnedFix ? "learned-fix" : undefined },
      });
      if (result.ok && issue.learnedFix) announceSuggestionUsed({ sentenceId: issue.sentenceId, origin: "learned-fix" });
      if (result.ok) onFixed(result.data);
      await load();
      if (result.ok) return null;
      return result.status === 409 ? "The sentence changed since the checks ran; they have been run again." : result.error.message;
    });

  const dismiss = (issue: QaIssueView) =>
    run(async () => {
      const result = await callApi<ChecksView>(`/api/v1/articles/${articleId}/checks/dismiss`, {
        method: "POST",
        body: { sentenceId: issue.sentenceId, key: issue.key },
      });
      if (!result.ok) return result.error.message;
      setChecks(result.data);
      return null;
    });

  const toggle = (id: CheckId, on: boolean) =>
    run(async () => {
      if (!checks) return null;
      const enabled = on ? [...checks.enabled, id] : checks.enabled.filter((other) => other !== id);
      setChecks({ ...checks, enabled });
      const result = await callApi<ChecksView>(`/api/v1/articles/${articleId}/checks`, { method: "PATCH", body: { enabled } });
      if (!result.ok) {
        await load();
        return result.error.message;
      }
      setChecks(result.data);
      return null;
    });

  const open = checks?.issues.filter((issue) => !issue.dismissed) ?? [];
  const dismissedCount = (checks?.issues.length ?? 0) - open.length;
  const counts = new Map<CheckId, number>();
  for (const issue of open) counts.set(issue.check, (counts.get(issue.check) ?? 0) + 1);

  return (
    <section aria-label="Checks" data-testid="checks-panel" className="mb-4 rounded bg-white p-3 text-sm shadow-sm">
      <h2 className="mb-2 font-semibold">
        Checks{" "}
        <span className="font-normal text-stone-600" data-testid="checks-summary">
          {checks ? `${open.length} open${dismissedCount ? ` · ${dismissedCount} dismissed` : ""}` : "loading…"}
        </span>
      </h2>
      <div role="group" aria-label="Checks to run" className="mb-2 flex flex-wrap gap-x-4 gap-y-1">
        {checkIds.map((id) => (
          <label key={id} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={checks?.enabled.includes(id) ?? true}
              disabled={!canEdit || !checks || busy}
              onChange={(event) => void toggle(id, event.target.checked)}
            />
            {checkLabels[id]} ({counts.get(id) ?? 0})
          </label>
        ))}
      </div>
      {error && <p role="alert" className="mb-2 text-red-700">{error}</p>}
      {checks && open.length === 0 && <p className="text-stone-600">No open warnings.</p>}
      {open.length > 0 && (
        <ul className="max-h-72 space-y-1 overflow-y-auto">
          {open.map((issue) => (
            <li key={`${issue.sentenceId} ${issue.key}`} data-testid="qa-issue" data-check={issue.check} className="flex flex-wrap items-baseline gap-2 border-t border-stone-100 pt-1">
              <a href={`#sentence-${issue.sentenceId}`} className="text-blue-700 underline">Sentence {issue.sentence.number ?? "?"}</a>
              <span className="text-xs text-stone-500">{checkLabels[issue.check]}</span>
              {issue.learnedFix && issue.check !== "learned-fix" && (
                <span data-testid="learned-fix" className="rounded bg-violet-100 px-1 text-xs text-violet-800" title={`Editors made this fix in ${issue.learnedFix.articles} articles (${issue.learnedFix.editors} editors)`}>
                  learned fix
                </span>
              )}
              <span className="flex-1">
                {issue.message}
                {issue.end > issue.start && (
                  <>
                    {" "}
                    <mark dir="auto" className="rounded bg-amber-100 px-0.5 font-serif" data-testid="flagged">{flagged(issue)}</mark>
                  </>
                )}
              </span>
              {canEdit && issue.suggestion && (
                <button type="button" disabled={busy} onClick={() => void fix(issue)} className="text-blue-700 underline disabled:text-stone-400" title={`Replace with “${issue.suggestion.replacement}”`}>
                  Fix
                </button>
              )}
              {canEdit && (
                <button type="button" disabled={busy} onClick={() => void dismiss(issue)} className="text-stone-700 underline disabled:text-stone-400">
                  Dismiss
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
