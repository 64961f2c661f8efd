"use client";

import { useEffect, useRef, useState } from "react";
import type { QaIssueView } from "@/lib/api-types";
import { contract } from "@/lib/api/contract";
import { checkIds, checkLabels, type CheckId } from "@/lib/qa/types";
import { api } from "@/components/api";
import { whenIdle } from "@/components/when-idle";
import { useCommands, useStore, useWorkspace } from "./workspace-store";

interface Props {
  canEdit: boolean;
}

function flagged(issue: QaIssueView): string {
  return issue.sentence.text.slice(issue.start, issue.end);
}

/** Automatic QA checks of the article: open warnings with one-click fixes, dismissals and per-check switches. Folded by default. */
export function ChecksPanel({ canEdit }: Props) {
  const store = useStore();
  const commands = useCommands();
  const checks = useWorkspace((state) => state.checks);
  const savedChanges = useWorkspace((state) => state.savedChanges);
  const articleId = useWorkspace((state) => state.articleId);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The list of warnings is drawn only while the panel is open: a long article can have thousands.
  const details = useRef<HTMLDetailsElement>(null);
  const [expanded, setExpanded] = useState(false);

  // Opened before hydration (no toggle event reached React): catch up.
  useEffect(() => setExpanded(details.current?.open ?? false), []);

  // The page is sent without the checks (they read every sentence): they run once it is interactive and
  // holds every sentence, in an idle moment.
  const complete = useWorkspace((state) => state.complete);
  useEffect(() => {
    if (!complete) return;
    return whenIdle((cancelled) => void commands.reloadChecks().then((message) => cancelled() || setError(message)));
  }, [commands, complete]);

  // Every saved change runs the checks again, once typing pauses.
  useEffect(() => {
    if (savedChanges === 0) return;
    const timer = setTimeout(() => void commands.reloadChecks(), 400);
    return () => clearTimeout(timer);
  }, [savedChanges, commands]);

  async function run(action: () => Promise<string | null>) {
    setBusy(true);
    setError(await action());
    setBusy(false);
  }

  const fix = (issue: QaIssueView) => run(() => commands.fix(issue));

  const dismiss = (issue: QaIssueView) =>
    run(async () => {
      const result = await api(contract.dismissIssue, { params: { id: articleId }, body: { sentenceId: issue.sentenceId, key: issue.key } });
      if (!result.ok) return result.error.message;
      store.dispatch({ type: "checksLoaded", checks: result.data });
      return null;
    });

  const toggle = (id: CheckId, on: boolean) =>
    run(async () => {
      if (!checks) return null;
      const enabled = on ? [...checks.enabled, id] : checks.enabled.filter((other) => other !== id);
      store.dispatch({ type: "checksLoaded", checks: { ...checks, enabled } });
      const result = await api(contract.setChecks, { params: { id: articleId }, body: { enabled } });
      if (!result.ok) {
        await commands.reloadChecks();
        return result.error.message;
      }
      store.dispatch({ type: "checksLoaded", checks: result.data });
      return null;
    });

  const open = checks?.issues.filter((issue) => !issue.dismissed) ?? [];
  const dismissedCount = (checks?.issues.length ?? 0) - open.length;
  const counts = new Map<CheckId, number>();
  for (const issue of open) counts.set(issue.check, (counts.get(issue.check) ?? 0) + 1);

  return (
    <section aria-label="Checks" data-testid="checks-panel" className="text-sm">
      <details ref={details} onToggle={(event) => setExpanded(event.currentTarget.open)} className="rounded bg-white px-3 py-1.5 shadow-sm">
      <summary className="cursor-pointer">
        <h2 className="inline font-semibold">Checks</h2>{" "}
        <span className="font-normal text-stone-700" data-testid="checks-summary">
          {checks ? `${open.length} open${dismissedCount ? ` · ${dismissedCount} dismissed` : ""}` : error ? "not run" : "checking…"}
        </span>
      </summary>
      {expanded && <div role="group" aria-label="Checks to run" className="mb-2 flex flex-wrap gap-x-4 gap-y-1">
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
      </div>}
      {error && <p role="alert" className="mb-2 text-red-700">{error}</p>}
      {checks && open.length === 0 && <p className="text-stone-600">No open warnings.</p>}
      {expanded && open.length > 0 && (
        <ul className="max-h-72 space-y-1 overflow-y-auto">
          {open.map((issue) => (
            <li key={`${issue.sentenceId} ${issue.key}`} data-testid="qa-issue" data-check={issue.check} className="flex flex-wrap items-baseline gap-2 border-t border-stone-100 pt-1">
              <a
                href={`#sentence-${issue.sentence.number ?? ""}`}
                onClick={(event) => {
                  event.preventDefault();
                  store.dispatch({ type: "focusRequested", id: issue.sentenceId });
                }}
                className="text-blue-800 underline"
              >
                Sentence {issue.sentence.number ?? "?"}
              </a>
              <span className="text-xs text-stone-600">{checkLabels[issue.check]}</span>
              {issue.learnedFix && issue.check !== "learned-fix" && (
                <span data-testid="learned-fix" className="rounded bg-violet-100 px-1 text-xs text-violet-900" title={`Editors made this fix in ${issue.learnedFix.articles} articles (${issue.learnedFix.editors} editors)`}>
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
                <button type="button" disabled={busy} onClick={() => void fix(issue)} className="text-blue-800 underline disabled:text-stone-400" title={`Replace with “${issue.suggestion.replacement}”`}>
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
      </details>
    </section>
  );
}
