"use client";

import { useEffect, useRef, useState } from "react";
import { liveEventTypes, type LiveEventView } from "@/lib/live-events";

export type LiveStatus = "connecting" | "live" | "reconnecting";

const eventTypes = liveEventTypes;
const firstRetryMs = 1000;
const maxRetryMs = 30_000;

/**
 * Subscribes to GET /api/v1/articles/:id/events. On a drop it reconnects with back-off (1 s, 2 s, 4 s …
 * 30 s, with jitter) and catches up from the last event id it saw, so nothing is missed; events may come
 * twice after a reconnect, so `onEvent` must be idempotent (compare versions). Saves never depend on this:
 * a stale save is still refused by its version.
 */
export function useArticleEvents(articleId: number, onEvent: (event: LiveEventView) => void): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  }, [onEvent]);

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let source: EventSource | null = null;
    let lastId = "";
    let retryMs = firstRetryMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const connect = () => {
      const query = lastId ? `?lastEventId=${encodeURIComponent(lastId)}` : "";
      source = new EventSource(`/api/v1/articles/${articleId}/events${query}`);
      source.onopen = () => {
        retryMs = firstRetryMs;
        setStatus("live");
      };
      const receive = (message: MessageEvent<string>) => {
        if (message.lastEventId) lastId = message.lastEventId;
        try {
          handler.current(JSON.parse(message.data) as LiveEventView);
        } catch (error) {
          console.error("Live event not applied", error);
        }
      };
      for (const type of eventTypes) source.addEventListener(type, receive);
      source.onerror = () => {
        // EventSource retries by itself only on some failures; one policy for all: close, wait, resume.
        source?.close();
        if (stopped) return;
        setStatus("reconnecting");
        const wait = retryMs * (0.75 + Math.random() / 2);
        retryMs = Math.min(retryMs * 2, maxRetryMs);
        timer = setTimeout(connect, wait);
      };
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [articleId]);

  return status;
}
