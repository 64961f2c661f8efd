import "server-only";
import { z } from "zod";
import { effortFigures, effortGroupings, keyClasses, type EffortGroupView, type EffortReportView, type SentenceFacts, type VisitFacts } from "@/lib/effort";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { pairLabel } from "@/server/memory/memory-key";
import { memoryUpToDate } from "@/server/memory/pending-corrections";

/** Visits one report reads at most; beyond it the report says it was truncated. */
export const maxReportVisits = 200_000;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date such as 2026-11-28.").refine((d) => !Number.isNaN(Date.parse(d)), "Not a date.");
const id = z.coerce.number().int().positive();

export const effortQuery = z.object({
  from: day.optional(),
  to: day.optional(),
  articleId: id.optional(),
  authorId: id.optional(),
  pair: z.string().regex(/^[A-Za-z0-9-]{2,20}→[A-Za-z0-9-]{2,20}$/, "Use a pair such as fr→en.").optional(),
  engine: z.string().trim().min(1).max(100).optional(),
  groupBy: z.enum(effortGroupings).default("article"),
  format: z.enum(["json", "csv"]).default("json"),
});
export type EffortQuery = z.infer<typeof effortQuery>;

/**
 * Effort figures over a date range (UTC days, `to` inclusive), grouped by article, editor, language pair,
 * MT engine or day. Editors only ever see their own visits; reviewers and admins see everyone's.
 */
export async function effortReport(actor: Actor, query: EffortQuery): Promise<EffortReportView> {
  await memoryUpToDate();
  const everyone = can(actor.role, "effort:read-all");
  if (!everyone && query.authorId !== undefined && query.authorId !== actor.id) {
    throw new AppError("forbidden", "Editors can see their own effort figures only.");
  }
  const authorId = everyone ? query.authorId : actor.id;
  const [sourceLang, targetLang] = query.pair?.split("→") ?? [];
  const startedAt = {
    ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
    ...(query.to ? { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000) } : {}),
  };
  const visits = await db.editVisit.findMany({
    where: {
      ...(authorId !== undefined ? { authorId } : {}),
      ...(query.articleId !== undefined ? { articleId: query.articleId } : {}),
      ...(query.from || query.to ? { startedAt } : {}),
      ...(sourceLang || query.engine ? { article: { ...(sourceLang ? { sourceLang, targetLang } : {}), ...(query.engine ? { mtEngine: query.engine } : {}) } } : {}),
    },
    orderBy: { startedAt: "asc" },
    take: maxReportVisits + 1,
    omit: { createdAt: true, clientId: true, endedAt: true },
  });
  const truncated = visits.length > maxReportVisits;
  if (truncated) visits.pop();

  const articleIds = [...new Set(visits.map((v) => v.articleId))];
  const sentenceIds = [...new Set(visits.map((v) => v.sentenceId))];
  const authorIds = [...new Set(visits.map((v) => v.authorId))];
  const [articles, authors, entries] = await Promise.all([
    db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true, sourceLang: true, targetLang: true, mtEngine: true } }),
    db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } }),
    db.memoryEntry.findMany({ where: { sentenceId: { in: sentenceIds } }, select: { sentenceId: true, edits: true, refWords: true } }),
  ]);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const authorById = new Map(authors.map((a) => [a.id, a.name]));
  const entryBySentence = new Map(entries.map((e) => [e.sentenceId, e]));

  const sentences = new Map<number, SentenceFacts>();
  for (const v of visits) {
    if (sentences.has(v.sentenceId)) continue;
    const entry = entryBySentence.get(v.sentenceId);
    sentences.set(v.sentenceId, { mtWords: v.mtWords, mtChars: v.mtChars, edited: !!entry, edits: entry?.edits ?? 0, refWords: entry?.refWords ?? v.mtWords });
  }

  const groupOf = (v: (typeof visits)[number]): { key: string; label: string } => {
    const article = articleById.get(v.articleId);
    switch (query.groupBy) {
      case "article":
        return { key: String(v.articleId), label: article?.title ?? `Article ${v.articleId}` };
      case "editor":
        return { key: String(v.authorId), label: authorById.get(v.authorId) ?? `User ${v.authorId}` };
      case "pair": {
        const label = article ? pairLabel(article.sourceLang, article.targetLang) : "unknown";
        return { key: label, label };
      }
      case "engine":
        return { key: article?.mtEngine ?? "", label: article?.mtEngine ?? "unknown engine" };
      case "day": {
        const date = v.startedAt.toISOString().slice(0, 10);
        return { key: date, label: date };
      }
    }
  };

  const groups = new Map<string, { label: string; visits: VisitFacts[] }>();
  const all: VisitFacts[] = [];
  for (const v of visits) {
    const facts: VisitFacts = { sentenceId: v.sentenceId, activeMs: v.activeMs, pauses300: v.pauses300, pauses1000: v.pauses1000, keys: Object.fromEntries(keyClasses.map((k) => [k, v[k]])) as VisitFacts["keys"] };
    all.push(facts);
    const { key, label } = groupOf(v);
    const group = groups.get(key) ?? { label, visits: [] };
    group.visits.push(facts);
    groups.set(key, group);
  }
  const groupViews: EffortGroupView[] = [...groups].map(([key, group]) => ({ key, label: group.label, figures: effortFigures(group.visits, sentences) }));
  if (query.groupBy !== "day") groupViews.sort((a, b) => b.figures.activeMs - a.figures.activeMs);

  return {
    groupBy: query.groupBy,
    filters: {
      from: query.from ?? null,
      to: query.to ?? null,
      articleId: query.articleId ?? null,
      authorId: authorId ?? null,
      pair: query.pair ?? null,
      engine: query.engine ?? null,
    },
    total: effortFigures(all, sentences),
    groups: groupViews,
    truncated,
  };
}
