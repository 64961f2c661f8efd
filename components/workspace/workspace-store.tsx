"use client";

// The store's runtime: state plus listeners, a context for the page, and `useWorkspace(selector)`.
import { createContext, startTransition, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import type { Commands } from "./commands";
import { whenIdle } from "@/components/when-idle";
import { reduce, type WorkspaceAction, type WorkspaceState } from "./store";

export interface WorkspaceStore {
  getState: () => WorkspaceState;
  dispatch: (action: WorkspaceAction) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createStore(initial: WorkspaceState): WorkspaceStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reduce(state, action);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

const StoreContext = createContext<{ store: WorkspaceStore; commands: Commands } | null>(null);
const SettledContext = createContext(false);

export function WorkspaceProvider({ store, commands, children }: { store: WorkspaceStore; commands: Commands; children: ReactNode }) {
  const value = useMemo(() => ({ store, commands }), [store, commands]);
  const [settled, setSettled] = useState(false);
  useEffect(() => whenIdle(() => startTransition(() => setSettled(true)), 300), []);
  return (
    <StoreContext.Provider value={value}>
      <SettledContext.Provider value={settled}>{children}</SettledContext.Provider>
    </StoreContext.Provider>
  );
}

function useWorkspaceContext() {
  const context = useContext(StoreContext);
  if (!context) throw new Error("The workspace store is used outside WorkspaceProvider");
  return context;
}

export function useStore(): WorkspaceStore {
  return useWorkspaceContext().store;
}

export function useCommands(): Commands {
  return useWorkspaceContext().commands;
}

/**
 * False in the server render and during hydration; true a moment after the workspace is interactive, set
 * in a transition (a render React may interrupt) in the browser's first idle moment, once the rows after
 * the first have hydrated too (see workspace.tsx): what the first screen does not need to be usable (rows
 * beyond it, each row's toolbar and suggestion strip) waits for it. Fields and buttons read it to stay
 * read-only or disabled until then.
 */
export function useSettled(): boolean {
  return useContext(SettledContext);
}

/** A slice of the workspace state; the component re-renders only when the slice changes (by ===). */
export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()), () => selector(store.getState()));
}

function shallowEqual<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/**
 * Several slices at once, as one object: the component re-renders only when one of its fields changes
 * (by ===). One subscription instead of one per slice, for components drawn many times (the rows).
 */
export function useWorkspaceSlices<T extends object>(selector: (state: WorkspaceState) => T): T {
  const store = useStore();
  const last = useRef<T | null>(null);
  const read = () => {
    const next = selector(store.getState());
    if (last.current && shallowEqual(last.current, next)) return last.current;
    last.current = next;
    return next;
  };
  return useSyncExternalStore(store.subscribe, read, read);
}
