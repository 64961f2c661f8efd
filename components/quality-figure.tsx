import type { ReactNode } from "react";

/** One headline number of a quality page. */
export function QualityFigure({ label, value, detail, testId }: { label: string; value: ReactNode; detail?: ReactNode; testId: string }) {
  return (
    <div className="rounded border border-stone-200 bg-white p-3" data-testid={testId}>
      <div className="text-xs uppercase tracking-wide text-stone-600">{label}</div>
      <div className="text-2xl font-semibold tabular-nums">{value}</div>
      {detail && <div className="text-xs text-stone-600">{detail}</div>}
    </div>
  );
}
