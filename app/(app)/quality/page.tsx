import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { EngineComparisonTable, engineEffortNote } from "@/components/engine-comparison-table";
import { QualityPairChart } from "@/components/quality-pair-chart";
import { QualityTrendChart } from "@/components/quality-trend-chart";
import { engineLabel } from "@/lib/effort";
import { languageName } from "@/lib/language-name";
import { can } from "@/lib/permissions";
import { requirePage } from "@/server/auth/require-page";
import { engineComparison } from "@/server/effort/engine-comparison";
import { qualityOverview } from "@/server/quality/quality-overview";

export const metadata: Metadata = { title: "Quality" };

const day = (iso: string) => iso.slice(0, 10);

export default async function QualityPage() {
  const actor = await requirePage("/quality", "article:read");
  const overview = await qualityOverview();
  const { articles, byLanguagePair, truncated } = overview;
  if (articles.length === 0) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-semibold">Quality</h1>
        <p className="rounded border border-dashed border-stone-300 p-4 text-sm text-stone-600">No articles yet: import one, then edit and annotate it to see its scores here.</p>
      </>
    );
  }
  const engines = await engineComparison(actor, undefined, overview);
  const points = articles.map((a) => ({ date: day(a.importedAt), time: Date.parse(a.importedAt), title: a.title, hter: Number(a.hter.toFixed(3)), oqs: a.oqs === null ? null : Number(a.oqs.toFixed(1)) }));
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Quality</h1>
      <p className="mb-4 text-sm text-stone-600">
        Every article by import date{truncated ? " (the most recent 500)" : ""}. HTER: share of words editors changed. OQS: MQM overall quality score from annotations (100 = no errors).
      </p>

      <section aria-labelledby="trend-heading" className="mb-6">
        <h2 id="trend-heading" className="mb-2 text-lg font-semibold">HTER and OQS over time</h2>
        <div role="region" aria-label="Trend chart"><QualityTrendChart points={points} /></div>
      </section>

      <section aria-labelledby="pairs-heading" className="mb-6">
        <h2 id="pairs-heading" className="mb-2 text-lg font-semibold">Averages by language pair</h2>
        <div role="region" aria-label="Language pair chart"><QualityPairChart pairs={byLanguagePair} /></div>
        <table className="mt-3 w-full bg-white text-sm" aria-label="Averages by language pair">
          <thead>
            <tr className="border-b text-left text-stone-600">
              <th className="p-2">Pair</th><th className="p-2 text-right">Articles</th><th className="p-2 text-right">HTER</th><th className="p-2 text-right">% edited</th><th className="p-2 text-right">OQS</th><th className="p-2 text-right">WMT</th>
            </tr>
          </thead>
          <tbody>
            {byLanguagePair.map((p) => (
              <tr key={p.pair} className="border-b border-stone-100">
                <td className="p-2">{p.pair}</td>
                <td className="p-2 text-right tabular-nums">{p.articles}</td>
                <td className="p-2 text-right tabular-nums">{p.hter.toFixed(3)}</td>
                <td className="p-2 text-right tabular-nums">{p.percentEdited}%</td>
                <td className="p-2 text-right tabular-nums">{p.oqs === null ? "—" : p.oqs.toFixed(1)}</td>
                <td className="p-2 text-right tabular-nums">{p.wmt.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="engines-heading" id="engines" className="mb-6">
        <h2 id="engines-heading" className="mb-2 text-lg font-semibold">MT engines side by side</h2>
        <EngineComparisonTable engines={engines} effortNote={engineEffortNote(can(actor.role, "sentence:edit"), can(actor.role, "effort:read-all"))} />
      </section>

      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading" className="mb-2 text-lg font-semibold">Articles</h2>
        <table className="w-full bg-white text-sm" aria-label="Quality per article">
          <thead>
            <tr className="border-b text-left text-stone-600">
              <th className="p-2">Imported</th><th className="p-2">Article</th><th className="p-2">Pair</th><th className="p-2">Engine</th><th className="p-2 text-right">HTER</th><th className="p-2 text-right">% edited</th><th className="p-2 text-right">OQS</th><th className="p-2 text-right">WMT</th>
            </tr>
          </thead>
          <tbody>
            {[...articles].reverse().map((a) => (
              <tr key={a.id} className="border-b border-stone-100" data-testid="quality-row">
                <td className="whitespace-nowrap p-2">{day(a.importedAt)}</td>
                <td className="p-2" dir="auto"><AppLink href={`/articles/${a.id}/quality`} className="underline">{a.title || "Untitled article"}</AppLink></td>
                <td className="whitespace-nowrap p-2">{languageName(a.sourceLang)} → {languageName(a.targetLang)}</td>
                <td className="p-2">{engineLabel(a.mtEngine ?? "")}</td>
                <td className="p-2 text-right tabular-nums">{a.hter.toFixed(3)}</td>
                <td className="p-2 text-right tabular-nums">{a.percentEdited}%</td>
                <td className="p-2 text-right tabular-nums">{a.oqs === null ? "—" : `${a.oqs.toFixed(1)} ${a.pass ? "pass" : "fail"}`}</td>
                <td className="p-2 text-right tabular-nums">{a.wmt.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
