import "server-only";
import type { ChecksView, QaIssueView } from "@/lib/api-types";
import { AppError } from "@/lib/errors";
import { runChecks } from "@/lib/qa";
import { db } from "@/server/db";
import { loadGlossaryMatcher } from "@/server/glossary/glossary-version";
import { loadLearnedFixes } from "@/server/memory/learned-fixes";
import { memoryUpToDate } from "@/server/memory/pending-corrections";
import { enabledChecks } from "./enabled-checks";

/** Runs the article's enabled QA checks over its sentences, each issue flagged when dismissed. */
export async function listChecks(articleId: number): Promise<ChecksView> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      sourceLang: true,
      targetLang: true,
      disabledChecks: true,
      sentences: {
        where: { removedAt: null },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, position: true, sourceText: true, text: true, originalText: true, version: true },
      },
      qaDismissals: { select: { sentenceId: true, key: true } },
    },
  });
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  const enabled = enabledChecks(article.disabledChecks);
  const glossaryMatcher = enabled.includes("glossary") ? await loadGlossaryMatcher() : undefined;
  const dismissed = new Set(article.qaDismissals.map((d) => `${d.sentenceId} ${d.key}`));
  const byId = new Map(article.sentences.map((s) => [s.id, s]));
  const numbers = new Map(article.sentences.map((s, index) => [s.id, index + 1]));
  const learnedFixes = enabled.includes("learned-fix") ? await memoryUpToDate().then(() => loadLearnedFixes(article.sourceLang, article.targetLang)) : [];
  const issues = runChecks(article.sentences, { enabled, glossaryMatcher, learnedFixes, lang: article.targetLang });
  return {
    enabled,
    issues: issues.map((issue): QaIssueView => {
      const sentence = byId.get(issue.sentenceId);
      return {
        ...issue,
        dismissed: dismissed.has(`${issue.sentenceId} ${issue.key}`),
        sentence: { position: sentence?.position ?? 0, number: numbers.get(issue.sentenceId) ?? null, text: sentence?.text ?? "", version: sentence?.version ?? 0 },
      };
    }),
  };
}
