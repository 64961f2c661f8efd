// One editing visit (focus to blur) as a pure state machine over timestamps in milliseconds.
import { emptyKeyCounts, type KeyClass, type KeyCounts } from "./keystrokes";

/** Gaps between events longer than this are idle time: not counted as editing time, nor as pauses. */
export const idleCapMs = 30_000;
export const shortPauseMs = 300;
export const longPauseMs = 1_000;

export const visitOrigins = ["memory", "learned-fix"] as const;
export type VisitOrigin = (typeof visitOrigins)[number];

export interface VisitState {
  startedAt: number;
  /** Time of the last event (start or keystroke). */
  lastEventAt: number;
  /** Time of the last keystroke, for pauses. */
  lastKeyAt: number | null;
  activeMs: number;
  keys: KeyCounts;
  pauses300: number;
  pauses1000: number;
  origin: VisitOrigin | null;
}

export interface VisitRecord {
  startedAt: number;
  endedAt: number;
  activeMs: number;
  keys: KeyCounts;
  pauses300: number;
  pauses1000: number;
  origin: VisitOrigin | null;
}

export function startVisit(now: number): VisitState {
  return { startedAt: now, lastEventAt: now, lastKeyAt: null, activeMs: 0, keys: emptyKeyCounts(), pauses300: 0, pauses1000: 0, origin: null };
}

/** Active time up to `now`: the gap since the last event counts unless it is longer than the idle cap. */
function advance(state: VisitState, now: number): VisitState {
  const gap = Math.max(0, now - state.lastEventAt);
  return { ...state, lastEventAt: Math.max(now, state.lastEventAt), activeMs: state.activeMs + (gap <= idleCapMs ? gap : 0) };
}

export function recordKey(state: VisitState, keyClass: KeyClass, now: number): VisitState {
  const next = advance(state, now);
  let { pauses300, pauses1000 } = next;
  if (state.lastKeyAt !== null) {
    const gap = now - state.lastKeyAt;
    if (gap >= shortPauseMs && gap <= idleCapMs) pauses300 += 1;
    if (gap >= longPauseMs && gap <= idleCapMs) pauses1000 += 1;
  }
  return { ...next, lastKeyAt: now, pauses300, pauses1000, keys: { ...next.keys, [keyClass]: next.keys[keyClass] + 1 } };
}

/** A suggestion or learned fix was used during the visit. */
export function markOrigin(state: VisitState, origin: VisitOrigin): VisitState {
  return { ...state, origin };
}

/** Ends the visit; null when nothing happened worth storing (no keystroke and no active time). */
export function endVisit(state: VisitState, now: number): VisitRecord | null {
  const done = advance(state, now);
  const keyCount = Object.values(done.keys).reduce((a, b) => a + b, 0);
  if (keyCount === 0 && done.activeMs === 0 && !done.origin) return null;
  return {
    startedAt: done.startedAt,
    endedAt: done.lastEventAt,
    activeMs: done.activeMs,
    keys: done.keys,
    pauses300: done.pauses300,
    pauses1000: done.pauses1000,
    origin: done.origin,
  };
}
