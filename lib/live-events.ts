// What GET /api/v1/articles/:id/events sends: one SSE message per change, `event: <type>`, `id: <cursor>`.
import type { PersonView, SentenceView } from "./api-types";

export const liveEventTypes = ["sentence", "comment", "annotation", "workflow", "presence"] as const;
export type LiveEventType = (typeof liveEventTypes)[number];

export interface LiveEventView {
  /** The event's own id (ids grow; the SSE `id:` line carries the highest id delivered so far). */
  id: number;
  articleId: number;
  type: LiveEventType;
  /** A revision kind for sentences (EDIT, CONFIRM, REVERT, SPLIT, MERGE, UNDO, REPLACE, ...); else added, resolved, changed, moved, assigned; presence: joined, moved, left. */
  action: string;
  sentenceId: number | null;
  /** The sentence version this event produced. */
  version: number | null;
  /** The comment or annotation concerned. */
  targetId: number | null;
  by: PersonView;
  at: string;
  /** For sentence events: the sentence as it is now (it may be newer than `version`). */
  sentence?: SentenceView;
  /** For sentence events: true when the sentence has left the article (split or merged away). */
  removed?: boolean;
}

/** Someone with the article open; `sentenceId` is the sentence they are in, if any. */
export interface PresenceView {
  userId: number;
  name: string;
  tabId: string;
  sentenceId: number | null;
  seenAt: string;
}

/** How long a tab stays present without a heartbeat. */
export const presenceTtlMs = 30_000;
/** How often an open tab says it is still there. */
export const presenceHeartbeatMs = 10_000;
