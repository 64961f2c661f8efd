"use client";

// The article's MQM annotations, fetched once and shared by every sentence row and the score box.
import { useCallback, useSyncExternalStore } from "react";
import type { AnnotationView } from "@/lib/api-types";

export type { AnnotationView };
import { callApi } from "@/components/api-client";

export interface AnnotationsState {
  annotations: AnnotationView[];
  /** Bumped on every reload, so dependents (the score box) know to refresh. */
  version: number;
  error: string | null;
}

interface Store {
  state: AnnotationsState;
  listeners: Set<() => void>;
}

const stores = new Map<number, Store>();
const initial: AnnotationsState = { annotations: [], version: 0, error: null };

function storeOf(articleId: number): Store {
  let store = stores.get(articleId);
  if (!store) {
    store = { state: initial, listeners: new Set() };
    stores.set(articleId, store);
  }
  return store;
}

/** Re-reads the article's annotations and tells every subscriber. */
export function reloadAnnotations(articleId: number): Promise<void> {
  const store = storeOf(articleId);
  return callApi<{ annotations: AnnotationView[] }>(`/api/v1/articles/${articleId}/annotations`).then((result) => {
    store.state = result.ok
      ? { annotations: result.data.annotations, version: store.state.version + 1, error: null }
      : { ...store.state, error: result.error.message };
    for (const listener of store.listeners) listener();
  });
}

/** The article's live annotations; (re)loads them when the first component of the page subscribes. */
export function useAnnotations(articleId: number): AnnotationsState {
  const store = storeOf(articleId);
  // Stable per article: a new function each render would unsubscribe and resubscribe (and reload) every time.
  const subscribe = useCallback(
    (listener: () => void) => {
      if (store.listeners.size === 0) void reloadAnnotations(articleId);
      store.listeners.add(listener);
      return () => {
        store.listeners.delete(listener);
      };
    },
    [articleId, store],
  );
  return useSyncExternalStore(subscribe, () => store.state, () => initial);
}
