import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { ExportMenu } from "@/components/export-menu";
import { WorkflowPanel } from "@/components/workflow-panel";
import { Workspace } from "@/components/workspace/workspace";
import { compactSentences } from "@/lib/api/compact-sentences";
import { AppError } from "@/lib/errors";
import { languageName } from "@/lib/language-name";
import { can } from "@/lib/permissions";
import { isEditableState } from "@/lib/workflow";
import { loadArticlePage } from "@/server/articles/article-page";
import type { Actor } from "@/server/auth/actor";
import { requirePage } from "@/server/auth/require-page";

type Props = { params: Promise<{ id: string }> };

/** The page's data (see loadArticlePage); an unknown id is a 404. */
async function load(id: string, actor: Actor) {
  if (!/^\d{1,15}$/.test(id)) notFound();
  try {
    return await loadArticlePage(actor, Number(id));
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: `Article ${id}` };
}

export default async function ArticlePage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePage(`/articles/${id}`, "article:read");
  // The QA checks read every sentence: the workspace asks for them once it is interactive.
  const { article, comments, annotations, glossary } = await load(id, actor);
  const editable = isEditableState(article.state);
  return (
    <>
      {/* The head of the page and the workflow are hydrated after the workspace: React hydrates what lies
          outside Suspense boundaries first, so the first correction takes keys before the menus do (a click
          in a boundary not yet hydrated hydrates it at once). Nothing here suspends: the HTML is complete. */}
      <Suspense fallback={null}>
        <div className="mb-2 flex flex-wrap items-start gap-x-4 gap-y-2">
          <div className="flex-1">
            <h1 className="text-xl font-semibold" dir="auto">{article.title || "Untitled article"}</h1>
            <p className="text-sm text-stone-600">
              {languageName(article.sourceLang)} → {languageName(article.targetLang)} · {article.sentenceCount} sentences · imported by {article.createdBy.name}
            </p>
          </div>
          <AppLink href={`/articles/${article.id}/history`} className="rounded border border-stone-300 bg-white px-3 py-1 text-sm">
            Timeline
          </AppLink>
          <AppLink href={`/articles/${article.id}/quality`} className="rounded border border-stone-300 bg-white px-3 py-1 text-sm">
            Quality
          </AppLink>
          {can(actor.role, "sentence:edit") && (
            <AppLink href={`/articles/${article.id}/replace`} className="rounded border border-stone-300 bg-white px-3 py-1 text-sm">
              Find and replace
            </AppLink>
          )}
          <ExportMenu articleId={article.id} />
        </div>
        <WorkflowPanel articleId={article.id} state={article.state} editor={article.editor} reviewer={article.reviewer} role={actor.role} canAssign={can(actor.role, "sentence:confirm")} />
      </Suspense>
      {/* An approved article is read-only until reopened: remounted (key) so no row keeps an editor open. */}
      <Workspace
        key={article.state}
        data={{ articleId: article.id, language: article.targetLang, sentences: compactSentences(article.id, article.sentences), comments, annotations, checks: null, glossary }}
        sentenceCount={article.sentenceCount}
        canEdit={editable && can(actor.role, "sentence:edit")} canConfirm={editable && can(actor.role, "sentence:confirm")} />
    </>
  );
}
