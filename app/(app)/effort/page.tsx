import type { Metadata } from "next";
import { EffortChart } from "@/components/effort/effort-chart";
import { EngineComparisonTable, engineEffortNote } from "@/components/engine-comparison-table";
import { effortGroupings, keyClassLabels, keyClasses, type EffortFigures } from "@/lib/effort";
import { can } from "@/lib/permissions";
import { requirePage } from "@/server/auth/require-page";
import { effortCaptureEnabled } from "@/server/effort/capture-setting";
import { effortQuery, effortReport } from "@/server/effort/effort-report";
import { engineComparison } from "@/server/effort/engine-comparison";

export const metadata: Metadata = { title: "Effort" };

const groupLabels = { article: "Article", editor: "Editor", pair: "Language pair", engine: "MT engine", day: "Day" } as const;

const num = (value: number | null, digits = 2) => (value === null ? "—" : value.toFixed(digits));
const minutes = (ms: number) => `${(ms / 60000).toFixed(1)} min`;

function FiguresCells({ f }: { f: EffortFigures }) {
  return (
    <>
      <td className="p-2 text-right tabular-nums">{f.words}</td>
      <td className="p-2 text-right tabular-nums">{f.editedPercent}%</td>
      <td className="p-2 text-right tabular-nums">{f.hter.toFixed(3)}</td>
      <td className="p-2 text-right tabular-nums">{minutes(f.activeMs)}</td>
      <td className="p-2 text-right tabular-nums">{num(f.secondsPerWord)}</td>
      <td className="p-2 text-right tabular-nums">{num(f.wordsPerHour, 0)}</td>
      <td className="p-2 text-right tabular-nums">{f.keystrokes}</td>
      <td className="p-2 text-right tabular-nums">{num(f.keystrokesPerChar, 3)}</td>
      <td className="p-2 text-right tabular-nums">{f.pauses300} / {f.pauses1000}</td>
      <td className="p-2 text-right tabular-nums">{f.visits}</td>
    </>
  );
}

const figureHeaders = ["Words", "Edited", "HTER", "Editing time", "s / word", "Words / hour", "Keystrokes", "Keys / char", "Pauses ≥0.3 s / ≥1 s", "Visits"];

export default async function EffortPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePage("/effort", "sentence:edit");
  const raw = await searchParams;
  const values = Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const parsed = effortQuery.safeParse(values);
  const query = parsed.success ? parsed.data : effortQuery.parse({});
  const [report, engines] = await Promise.all([effortReport(actor, query), engineComparison(actor, query)]);
  const everyone = can(actor.role, "effort:read-all");
  const csv = `/api/v1/effort?${new URLSearchParams({ ...values, format: "csv" })}`;

  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Effort</h1>
      <p className="mb-4 text-sm text-stone-600">
        Post-editing effort {everyone ? "of everyone" : "of your own editing"}: active editing time (gaps over 30 s not counted), keystrokes and pauses per sentence visit.
        Words and characters are the MT&apos;s, counted once per sentence.{effortCaptureEnabled() ? "" : " Capture is switched off on this installation: no new visits are recorded."}
      </p>
      {!parsed.success && <p role="alert" className="mb-2 text-sm text-red-700">{parsed.error.issues[0]?.message ?? "Invalid filter"}: showing everything.</p>}

      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded bg-white p-3 text-sm shadow-sm" aria-label="Filter">
        <label className="flex flex-col">From <input type="date" name="from" defaultValue={query.from} className="rounded border border-stone-300 px-2 py-1" /></label>
        <label className="flex flex-col">To <input type="date" name="to" defaultValue={query.to} className="rounded border border-stone-300 px-2 py-1" /></label>
        <label className="flex flex-col">Language pair <input name="pair" defaultValue={query.pair} placeholder="fr→en" className="w-24 rounded border border-stone-300 px-2 py-1" /></label>
        <label className="flex flex-col">MT engine <input name="engine" defaultValue={query.engine} className="w-28 rounded border border-stone-300 px-2 py-1" /></label>
        <label className="flex flex-col">
          Group by
          <select name="groupBy" defaultValue={query.groupBy} className="rounded border border-stone-300 px-2 py-1">
            {effortGroupings.map((g) => <option key={g} value={g}>{groupLabels[g]}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded bg-stone-900 px-3 py-1 text-white">Show</button>
        <a href={csv} className="text-blue-700 underline" download>Download CSV</a>
      </form>

      {report.total.visits === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-4 text-sm text-stone-600">No editing visits in this range yet.</p>
      ) : (
        <>
          <section aria-labelledby="chart-heading" className="mb-6">
            <h2 id="chart-heading" className="mb-2 text-lg font-semibold">Effort by {groupLabels[report.groupBy].toLowerCase()}</h2>
            <div role="region" aria-label="Effort chart">
              <EffortChart points={report.groups.slice(0, 30).map((g) => ({ label: g.label, secondsPerWord: g.figures.secondsPerWord, keystrokesPerChar: g.figures.keystrokesPerChar }))} />
            </div>
          </section>
          <table className="mb-6 w-full bg-white text-sm" aria-label="Effort figures" data-testid="effort-table">
            <thead>
              <tr className="border-b text-left text-stone-600">
                <th className="p-2">{groupLabels[report.groupBy]}</th>
                {figureHeaders.map((h) => <th key={h} className="p-2 text-right">{h}</th>)}
              </tr>
            </thead>
            <tbody>
              {report.groups.map((g) => (
                <tr key={g.key} className="border-b border-stone-100" data-testid="effort-row">
                  <td className="p-2">{g.label}</td>
                  <FiguresCells f={g.figures} />
                </tr>
              ))}
              <tr className="font-semibold" data-testid="effort-total">
                <td className="p-2">Total</td>
                <FiguresCells f={report.total} />
              </tr>
            </tbody>
          </table>
          <section aria-labelledby="keys-heading" className="mb-6">
            <h2 id="keys-heading" className="mb-2 text-lg font-semibold">Keystrokes by class</h2>
            <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-5" data-testid="key-classes">
              {keyClasses.map((k) => (
                <div key={k} className="rounded bg-white p-2 shadow-sm">
                  <dt className="text-stone-600">{keyClassLabels[k]}</dt>
                  <dd className="text-lg tabular-nums" data-key-class={k}>{report.total.keys[k]}</dd>
                </div>
              ))}
            </dl>
          </section>
        </>
      )}

      <section aria-labelledby="engines-heading">
        <h2 id="engines-heading" className="mb-2 text-lg font-semibold">MT engines side by side</h2>
        <EngineComparisonTable engines={engines} effortNote={engineEffortNote(true, everyone)} />
      </section>
    </>
  );
}
