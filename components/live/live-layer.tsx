"use client";

import { useCallback, useEffect, useState } from "react";
import type { PersonView } from "@/lib/api-types";
import type { LiveEventView } from "@/lib/live-events";
import { initials, liveAction, presenceBySentence, presentPeople, type LiveAction } from "./live-actions";
import { useArticleEvents } from "./use-article-events";
import { usePresence } from "./use-presence";

interface Props {
  articleId: number;
  /** Sentence number in article order, for "in sentence 3". */
  numberOf: (sentenceId: number) => number | null;
  /** A change made elsewhere, as the workspace store's action (reloads are the store owner's to do). */
  onAction: (action: LiveAction) => void;
  /** Who else is on which sentence, for the row initials. */
  onPresence: (presence: Record<number, PersonView[]>) => void;
}

/** The sentence row that holds the keyboard focus, if any. */
function focusedSentence(): number | null {
  const row = document.activeElement?.closest("[data-sentence-id]");
  const id = Number(row?.getAttribute("data-sentence-id"));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * Live updates for the workspace: subscribes to the article's events and keeps this tab's presence;
 * shows who else has the article open and where, and whether updates are live.
 */
export function LiveLayer({ articleId, numberOf, onAction, onPresence }: Props) {
  const [sentenceId, setSentenceId] = useState<number | null>(null);
  useEffect(() => {
    const update = () => setSentenceId(focusedSentence());
    document.addEventListener("focusin", update);
    return () => document.removeEventListener("focusin", update);
  }, []);

  const { others, refresh } = usePresence(articleId, sentenceId);
  const onEvent = useCallback(
    (event: LiveEventView) => {
      const action = liveAction(event);
      if (action?.type === "reload" && action.what === "presence") refresh();
      else if (action) onAction(action);
    },
    [onAction, refresh],
  );
  useEffect(() => onPresence(presenceBySentence(others)), [others, onPresence]);
  const status = useArticleEvents(articleId, onEvent);
  const people = presentPeople(others);

  return (
    <div className="flex items-center gap-2 text-xs text-stone-600" data-testid="live">
      <span
        data-testid="live-status"
        title={status === "live" ? "Changes by others appear as they are saved" : "Reconnecting; saves still work"}
        className={status === "live" ? "text-emerald-700" : "text-amber-700"}
      >
        {status === "live" ? "● Live" : "○ Reconnecting…"}
      </span>
      {people.length > 0 && (
        <ul aria-label="Also here" className="flex gap-1" data-testid="presence">
          {people.map((person) => {
            const at = others.find((p) => p.userId === person.id && p.sentenceId !== null)?.sentenceId ?? null;
            const where = at !== null && numberOf(at) ? ` — in sentence ${numberOf(at)}` : "";
            return (
              <li key={person.id} title={`${person.name}${where}`} data-testid="present" data-sentence-id={at ?? undefined}>
                <span aria-hidden="true" className="inline-flex h-6 min-w-6 items-center justify-center rounded-full bg-sky-100 px-1 font-medium text-sky-900">
                  {initials(person.name)}
                </span>
                <span className="sr-only">{`${person.name}${where}`}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
