import { languageName } from "@/lib/language-name";
import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { notFound } from "next/navigation";
import { QualityErrorsChart } from "@/components/quality-errors-chart";
import { QualityFigure } from "@/components/quality-figure";
import { engineLabel } from "@/lib/effort";
import { AppError } from "@/lib/errors";
import { checkLabels, type CheckId } from "@/lib/qa/types";
import { getArticle } from "@/server/articles/get-article";
import { requirePage } from "@/server/auth/require-page";
import { articleQuality } from "@/server/quality/article-quality";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: `Quality · article ${id}` };
}

async function load(id: string) {
  if (!/^\d{1,15}$/.test(id)) notFound();
  try {
    return await Promise.all([getArticle(Number(id)), articleQuality(Number(id))]);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

const fixed = (n: number, digits: number) => n.toFixed(digits);

export default async function ArticleQualityPage({ params }: Props) {
  const { id } = await params;
  await requirePage(`/articles/${id}/quality`, "article:read");
  const [article, quality] = await load(id);
  const { mqm } = quality;
  const openChecks = (Object.entries(quality.qa.byCheck) as [CheckId, number][]).sort((a, b) => b[1] - a[1]);
  return (
    <>
      <div className="mb-4">
        <AppLink href={`/articles/${article.id}`} className="text-sm underline">← Back to the article</AppLink>
        <h1 className="text-2xl font-semibold" dir="auto">Quality: {article.title}</h1>
        <p className="text-sm text-stone-600">
          {languageName(article.sourceLang)} → {languageName(article.targetLang)} · {quality.sentences} sentences · MT engine: {engineLabel(article.mtEngine ?? "")} ·{" "}
          <AppLink href="/quality#engines" className="underline">Compare MT engines</AppLink>
        </p>
      </div>

      <section aria-label="Scores" className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-5">
        <QualityFigure testId="hter" label="HTER" value={fixed(quality.hter, 3)} detail={`${quality.edits} edits / ${quality.referenceWords} words`} />
        <QualityFigure testId="edited" label="Sentences edited" value={`${quality.percentEdited}%`} detail={`${quality.edited} of ${quality.sentences} · ${quality.confirmed} confirmed`} />
        <QualityFigure
          testId="oqs"
          label="MQM OQS"
          value={mqm.score ? fixed(mqm.score.oqs, 1) : "—"}
          detail={mqm.score ? `${mqm.score.pass ? "Pass" : "Fail"} (threshold ${mqm.score.threshold}) · ${mqm.annotationCount} errors` : "No words to score"}
        />
        <QualityFigure testId="wmt" label="WMT score" value={fixed(mqm.wmt, 2)} detail="Mean penalty per sentence (lower is better)" />
        <QualityFigure testId="qa-open" label="Open QA warnings" value={quality.qa.open} detail={`${quality.qa.dismissed} dismissed`} />
      </section>

      <section aria-labelledby="errors-heading" className="mb-6">
        <h2 id="errors-heading" className="mb-2 text-lg font-semibold">Errors by category and severity</h2>
        {mqm.annotationCount === 0 ? (
          <p className="rounded border border-dashed border-stone-300 p-4 text-sm text-stone-600" data-testid="no-annotations">
            No annotations yet: select words in a sentence and click Annotate.
          </p>
        ) : (
          <>
            <div role="region" aria-label="Errors chart">
              <QualityErrorsChart errors={mqm.errors} />
            </div>
            <table className="mt-3 w-full max-w-xl bg-white text-sm" aria-label="Errors by severity">
              <tbody>
                {(Object.entries(mqm.bySeverity) as [string, number][]).map(([severity, count]) => (
                  <tr key={severity} className="border-b border-stone-100">
                    <th className="p-1.5 text-left font-normal text-stone-600">{severity}</th>
                    <td className="p-1.5 text-right tabular-nums">{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section aria-labelledby="qa-heading">
        <h2 id="qa-heading" className="mb-2 text-lg font-semibold">Open QA warnings by check</h2>
        {openChecks.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 p-4 text-sm text-stone-600">No open warnings: the automatic checks found nothing left to fix.</p>
        ) : (
          <table className="w-full max-w-xl bg-white text-sm" aria-label="Open QA warnings">
            <tbody>
              {openChecks.map(([check, count]) => (
                <tr key={check} className="border-b border-stone-100">
                  <th className="p-1.5 text-left font-normal">{checkLabels[check]}</th>
                  <td className="p-1.5 text-right tabular-nums">{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
