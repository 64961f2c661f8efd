import { engineLabel, type EngineComparisonRow } from "@/lib/effort";

const num = (value: number | null | undefined, digits: number) => (value === null || value === undefined ? "—" : value.toFixed(digits));
const minutes = (ms: number | undefined) => (ms === undefined ? "—" : `${(ms / 60000).toFixed(1)} min`);

const headers = ["Articles", "HTER", "% edited", "MQM errors", "OQS", "Pass", "WMT", "Editing time", "s / word", "Words / hour", "Keys / char"];

/**
 * MT engines side by side on HTER, MQM and post-editing effort, one row per engine. Shared by the
 * quality and effort pages. The table scrolls sideways on narrow screens; its region takes focus so
 * keyboard users can scroll it too.
 */
export function EngineComparisonTable({ engines, effortNote, highlight }: { engines: EngineComparisonRow[]; effortNote: string; highlight?: string | null }) {
  if (engines.length === 0) return <p className="rounded border border-dashed border-stone-300 p-4 text-sm text-stone-600">No articles yet.</p>;
  return (
    <div role="region" aria-label="MT engines table" tabIndex={0} className="overflow-x-auto rounded focus:outline focus:outline-2 focus:outline-blue-700">
      <table className="w-full bg-white text-sm" data-testid="engine-table">
        <caption className="p-2 text-left text-xs text-stone-600">
          Quality: means over each engine&apos;s articles (each counts once). MQM errors: annotations in all its articles; Pass: articles at or above the OQS threshold of those scored. {effortNote}
        </caption>
        <thead>
          <tr className="border-b text-left text-stone-600">
            <th scope="col" className="p-2">Engine</th>
            {headers.map((h) => <th key={h} scope="col" className="whitespace-nowrap p-2 text-right">{h}</th>)}
          </tr>
        </thead>
        <tbody>
          {engines.map((e) => (
            <tr key={e.engine} className={`border-b border-stone-100 ${highlight === e.engine ? "bg-amber-50" : ""}`} data-testid="engine-row" data-engine={e.engine}>
              <th scope="row" className="p-2 text-left font-medium">{engineLabel(e.engine)}{highlight === e.engine && <span className="ml-1 text-xs font-normal text-stone-600">(this article)</span>}</th>
              <td className="p-2 text-right tabular-nums">{e.articles}</td>
              <td className="p-2 text-right tabular-nums" data-figure="hter">{e.hter.toFixed(3)}</td>
              <td className="p-2 text-right tabular-nums">{e.percentEdited.toFixed(1)}%</td>
              <td className="p-2 text-right tabular-nums" data-figure="errors">{e.errors}</td>
              <td className="p-2 text-right tabular-nums" data-figure="oqs">{num(e.oqs, 1)}</td>
              <td className="p-2 text-right tabular-nums">{e.scored === 0 ? "—" : `${e.passed} of ${e.scored}`}</td>
              <td className="p-2 text-right tabular-nums">{e.wmt.toFixed(2)}</td>
              <td className="p-2 text-right tabular-nums" data-figure="time">{minutes(e.effort?.activeMs)}</td>
              <td className="p-2 text-right tabular-nums">{num(e.effort?.secondsPerWord, 2)}</td>
              <td className="p-2 text-right tabular-nums">{num(e.effort?.wordsPerHour, 0)}</td>
              <td className="p-2 text-right tabular-nums">{num(e.effort?.keystrokesPerChar, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the effort columns count for this reader. */
export function engineEffortNote(canEdit: boolean, everyone: boolean): string {
  if (!canEdit) return "Effort figures are shown to editors, reviewers and admins.";
  return everyone ? "Effort: everyone's editing visits." : "Effort: your own editing visits.";
}
