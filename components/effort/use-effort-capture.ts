"use client";

import { useEffect } from "react";
import { api } from "@/components/api";
import { whenIdle } from "@/components/when-idle";
import { contract } from "@/lib/api/contract";
// From their own files, not the index: the workspace needs neither the reports nor the CSV export.
import { classifyKey, type KeyClass } from "@/lib/effort/keystrokes";
import { endVisit, markOrigin, recordKey, startVisit, type VisitOrigin, type VisitRecord, type VisitState } from "@/lib/effort/visit";

/** The event a suggestion strip sends when the editor used a suggestion in a sentence. */
export const suggestionUsedEvent = "redline:suggestion-used";
export interface SuggestionUsedDetail {
  sentenceId: number;
  origin: VisitOrigin;
}

export function announceSuggestionUsed(detail: SuggestionUsedDetail): void {
  document.dispatchEvent(new CustomEvent<SuggestionUsedDetail>(suggestionUsedEvent, { detail }));
}

interface QueuedVisit extends VisitRecord {
  id: string;
  sentenceId: number;
}

const flushDelayMs = 2_000;
const maxBatch = 200;
const maxQueue = 2_000;

function visitId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The sentence of a correction box: the row around it carries data-sentence-id. */
function sentenceOf(target: EventTarget | null): number | null {
  if (!(target instanceof HTMLTextAreaElement)) return null;
  const id = Number(target.closest("[data-sentence-id]")?.getAttribute("data-sentence-id"));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

function toBody(visit: QueuedVisit) {
  return {
    id: visit.id,
    sentenceId: visit.sentenceId,
    startedAt: new Date(visit.startedAt).toISOString(),
    endedAt: new Date(visit.endedAt).toISOString(),
    activeMs: Math.round(visit.activeMs),
    keys: visit.keys,
    pauses300: visit.pauses300,
    pauses1000: visit.pauses1000,
    origin: visit.origin,
  };
}

/**
 * Records post-editing effort in the page's correction boxes: one visit per focus of a sentence's box,
 * with keystrokes by class, active time and pauses (lib/effort). Listens passively on the document, so
 * typing is never delayed; visits are sent in batches (after a 2-second lull, and when the page is hidden)
 * and a failed batch is retried with the next one. Does nothing for viewers or when the installation
 * switched capture off.
 */
export function useEffortCapture(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    // Whether the installation captures effort: null until its setting arrives. Meanwhile keys are
    // recorded (the editor may type at once) and kept; they are sent once capture is on, dropped if off.
    let capture: boolean | null = null;
    let current: { sentenceId: number; state: VisitState } | null = null;
    let queue: QueuedVisit[] = [];
    let sending = false;
    let timer: number | undefined;
    const now = () => Date.now();

    async function flush(keepalive = false) {
      window.clearTimeout(timer);
      if (sending || queue.length === 0 || capture !== true) return;
      const batch = queue.slice(0, maxBatch);
      sending = true;
      if (keepalive) {
        // The page is going away: fire and forget.
        void api(contract.recordVisits, { body: { visits: batch.map(toBody) }, keepalive: true });
        queue = queue.slice(batch.length);
        sending = false;
        return;
      }
      const result = await api(contract.recordVisits, { body: { visits: batch.map(toBody) } });
      sending = false;
      // Network errors and server trouble: keep the visits for the next batch. Refusals: drop them.
      if (result.ok || (result.status >= 400 && result.status < 500)) queue = queue.slice(batch.length);
      if (!result.ok && result.status === 403) capture = false;
      if (queue.length > 0 && (result.ok || result.status >= 400)) schedule();
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void flush(), flushDelayMs);
    }

    function finish() {
      if (!current) return;
      const record = endVisit(current.state, now());
      if (record) queue = [...queue, { ...record, id: visitId(), sentenceId: current.sentenceId }].slice(-maxQueue);
      current = null;
      schedule();
    }

    function count(target: EventTarget | null, keyClass: KeyClass | null) {
      if (capture === false || !keyClass) return;
      const sentenceId = sentenceOf(target);
      if (sentenceId === null) return;
      if (!current || current.sentenceId !== sentenceId) {
        finish();
        current = { sentenceId, state: startVisit(now()) };
      }
      current.state = recordKey(current.state, keyClass, now());
    }

    const onFocusIn = (event: FocusEvent) => {
      const sentenceId = capture === false ? null : sentenceOf(event.target);
      if (sentenceId === null || current?.sentenceId === sentenceId) return;
      finish();
      current = { sentenceId, state: startVisit(now()) };
    };
    const onFocusOut = (event: FocusEvent) => {
      if (current && sentenceOf(event.target) === current.sentenceId) finish();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.isComposing) count(event.target, classifyKey(event));
    };
    const onCopy = (event: ClipboardEvent) => count(event.target, "copy");
    const onCut = (event: ClipboardEvent) => count(event.target, "cut");
    const onPaste = (event: ClipboardEvent) => count(event.target, "paste");
    const onSuggestion = (event: Event) => {
      if (capture === false || !(event instanceof CustomEvent)) return;
      const detail: SuggestionUsedDetail = event.detail;
      if (!current || current.sentenceId !== detail.sentenceId) {
        finish();
        current = { sentenceId: detail.sentenceId, state: startVisit(now()) };
      }
      current.state = markOrigin(current.state, detail.origin);
    };
    const onHide = () => {
      if (document.visibilityState !== "hidden") return;
      finish();
      void flush(true);
    };

    const listeners: [string, EventListener][] = [
      ["focusin", onFocusIn as EventListener],
      ["focusout", onFocusOut as EventListener],
      ["keydown", onKeyDown as EventListener],
      ["copy", onCopy as EventListener],
      ["cut", onCut as EventListener],
      ["paste", onPaste as EventListener],
      [suggestionUsedEvent, onSuggestion],
      ["visibilitychange", onHide],
    ];
    for (const [name, listener] of listeners) document.addEventListener(name, listener, { capture: true, passive: true });
    // Asked in an idle moment after the page is usable; keys typed before the answer are kept (see above).
    const cancelSettings = whenIdle((cancelled) => void api(contract.effortSettings, {}).then((result) => {
      if (cancelled()) return;
      capture = result.ok && result.data.capture;
      if (!capture) {
        current = null;
        queue = [];
        return;
      }
      // A box focused before the setting arrived starts its visit now, unless typing already started it.
      const focused = sentenceOf(document.activeElement);
      if (focused !== null && !current) current = { sentenceId: focused, state: startVisit(now()) };
      if (queue.length > 0) schedule();
    }));

    return () => {
      cancelSettings();
      for (const [name, listener] of listeners) document.removeEventListener(name, listener, { capture: true });
      finish();
      void flush(true);
    };
  }, [enabled]);
}
