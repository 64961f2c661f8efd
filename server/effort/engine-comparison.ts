import "server-only";
import type { EffortFigures } from "@/lib/effort";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { qualityOverview } from "@/server/quality/quality-overview";
import { effortReport, type EffortQuery } from "./effort-report";

export interface EngineComparisonRow {
  engine: string;
  articles: number;
  /** Means over the engine's articles (the 500 most recent articles of the installation). */
  hter: number;
  percentEdited: number;
  oqs: number | null;
  wmt: number;
  /** Effort in the report's date range (the actor's own visits for an editor). */
  effort: EffortFigures | null;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** MT engines side by side: HTER, % edited, MQM (OQS, WMT) and post-editing effort. */
export async function engineComparison(actor: Actor, query: EffortQuery): Promise<EngineComparisonRow[]> {
  const [{ articles }, effort] = await Promise.all([qualityOverview(), effortReport(actor, { ...query, groupBy: "engine", engine: undefined })]);
  const engines = await db.article.findMany({ where: { id: { in: articles.map((a) => a.id) } }, select: { id: true, mtEngine: true } });
  const engineOf = new Map(engines.map((a) => [a.id, a.mtEngine ?? ""]));
  const groups = new Map<string, typeof articles>();
  for (const article of articles) {
    const engine = engineOf.get(article.id) ?? "";
    groups.set(engine, [...(groups.get(engine) ?? []), article]);
  }
  const effortByEngine = new Map(effort.groups.map((g) => [g.key, g.figures]));
  return [...groups]
    .map(([engine, rows]) => {
      const oqs = rows.map((r) => r.oqs).filter((v): v is number => v !== null);
      return {
        engine: engine || "unknown engine",
        articles: rows.length,
        hter: mean(rows.map((r) => r.hter)),
        percentEdited: mean(rows.map((r) => r.percentEdited)),
        oqs: oqs.length ? mean(oqs) : null,
        wmt: mean(rows.map((r) => r.wmt)),
        effort: effortByEngine.get(engine) ?? null,
      };
    })
    .sort((a, b) => b.articles - a.articles);
}
