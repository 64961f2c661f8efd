"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { whenIdle } from "@/components/when-idle";
import { presenceHeartbeatMs, type PresenceView } from "@/lib/live-events";

function newTabId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `tab-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Tells the server this tab has the article open and which sentence it is in: at once when the sentence
 * changes (debounced), and every heartbeat; leaves on page hide. Returns everyone else present (other tabs,
 * other people); presence is advisory, nothing waits for it.
 */
export function usePresence(articleId: number, sentenceId: number | null): { others: PresenceView[]; refresh: () => void } {
  const [others, setOthers] = useState<PresenceView[]>([]);
  const [tabId] = useState(newTabId);
  const current = useRef(sentenceId);
  const beatNow = useRef<() => void>(() => undefined);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const beat = async () => {
      clearTimeout(timer);
      try {
        const response = await fetch(`/api/v1/articles/${articleId}/presence`, {
          method: "PUT",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ tabId, sentenceId: current.current }),
        });
        if (response.ok && !stopped) {
          const { presence } = (await response.json()) as { presence: PresenceView[] };
          setOthers(presence.filter((p) => p.tabId !== tabId));
        }
      } catch {
        // Offline for a moment: the next heartbeat tries again.
      }
      if (!stopped) timer = setTimeout(beat, presenceHeartbeatMs);
    };
    const leave = () => {
      void fetch(`/api/v1/articles/${articleId}/presence?tabId=${tabId}`, { method: "DELETE", keepalive: true }).catch(() => undefined);
    };
    const visible = () => {
      if (document.visibilityState === "visible") void beat();
    };
    // The first heartbeat waits for an idle moment: it never delays the page becoming usable.
    const cancelFirst = whenIdle(() => void beat());
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", visible);
    beatNow.current = () => void beat();
    return () => {
      stopped = true;
      cancelFirst();
      clearTimeout(timer);
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", visible);
      beatNow.current = () => undefined;
      leave();
    };
  }, [articleId, tabId]);

  // A move to another sentence is told at once (after a short pause, so arrowing through rows sends one beat).
  useEffect(() => {
    if (current.current === sentenceId) return;
    current.current = sentenceId;
    const timer = setTimeout(() => beatNow.current(), 300);
    return () => clearTimeout(timer);
  }, [sentenceId]);

  // Someone arrived, moved or left (a live event): ask now rather than at the next heartbeat.
  const refresh = useCallback(() => beatNow.current(), []);
  return { others, refresh };
}
