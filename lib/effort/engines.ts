// MT engines side by side: quality (HTER, % edited, MQM) per article averaged per engine, with the
// effort report's figures for the same engine. Pure: the server hands in the rows it already computed.
import type { ArticleQualityRow } from "../api-types";
import { averageQuality, groupRows, type ArticleQualityFigures, type QualityAverages } from "../quality-averages";
import type { EffortFigures } from "./figures";

/** The quality figures of one article, with the engine that made its MT. */
export type EngineArticle = ArticleQualityFigures & Pick<ArticleQualityRow, "mtEngine">;

export interface EngineComparisonRow extends QualityAverages {
  /** The engine's name, "" for articles imported without one. */
  engine: string;
  /** Post-editing effort on the engine's articles; null when nobody's visits are counted. */
  effort: EffortFigures | null;
}

/** One row per engine, most articles first (then by name); effort of an engine with no article in `articles` is left out. */
export function compareEngines(articles: readonly EngineArticle[], effortByEngine: ReadonlyMap<string, EffortFigures>): EngineComparisonRow[] {
  return [...groupRows(articles, (a) => a.mtEngine ?? "")]
    .map(([engine, rows]) => ({ engine, ...averageQuality(rows), effort: effortByEngine.get(engine) ?? null }))
    .sort((a, b) => b.articles - a.articles || a.engine.localeCompare(b.engine));
}

/** How an engine is named on the pages. */
export function engineLabel(engine: string): string {
  return engine === "" ? "Unknown engine" : engine;
}
