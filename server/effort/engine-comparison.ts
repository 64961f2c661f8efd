import "server-only";
import type { QualityOverview } from "@/lib/api-types";
import { compareEngines, type EngineComparisonRow } from "@/lib/effort";
import { can } from "@/lib/permissions";
import type { Actor } from "@/server/auth/actor";
import { qualityOverview } from "@/server/quality/quality-overview";
import { effortQuery, effortReport, type EffortQuery } from "./effort-report";

/**
 * MT engines side by side: HTER, % edited and MQM from the quality overview (the 500 most recent
 * articles), effort from the effort report grouped by engine (the actor's own visits for an editor,
 * nobody's for a viewer). A page that already holds the overview passes it in.
 */
export async function engineComparison(actor: Actor, query: EffortQuery = effortQuery.parse({}), overview?: QualityOverview): Promise<EngineComparisonRow[]> {
  const [{ articles }, effort] = await Promise.all([
    overview ?? qualityOverview(),
    can(actor.role, "sentence:edit") ? effortReport(actor, { ...query, groupBy: "engine", engine: undefined }) : null,
  ]);
  return compareEngines(articles, new Map(effort?.groups.map((g) => [g.key, g.figures]) ?? []));
}
