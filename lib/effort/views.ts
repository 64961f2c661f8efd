// Response shapes of the effort API, shared by server use cases and components.
import type { EffortFigures } from "./figures";

export const effortGroupings = ["article", "editor", "pair", "engine", "day"] as const;
export type EffortGrouping = (typeof effortGroupings)[number];

export interface EffortGroupView {
  key: string;
  label: string;
  figures: EffortFigures;
}

export interface EffortReportView {
  groupBy: EffortGrouping;
  /** The filters applied (an editor's report is always their own). */
  filters: { from: string | null; to: string | null; articleId: number | null; authorId: number | null; pair: string | null; engine: string | null };
  total: EffortFigures;
  groups: EffortGroupView[];
  /** True when the report stopped at the visit limit: narrow the date range. */
  truncated: boolean;
}

export interface EffortSettingsView {
  /** Effort capture is on for this installation (REDLINE_EFFORT_CAPTURE). */
  capture: boolean;
  /** Idle gaps longer than this are not counted as editing time. */
  idleCapMs: number;
}

export interface RecordVisitsView {
  stored: number;
  duplicates: number;
}
