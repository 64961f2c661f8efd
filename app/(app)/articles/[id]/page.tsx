import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportMenu } from "@/components/export-menu";
import { WorkflowPanel } from "@/components/workflow-panel";
import { Workspace } from "@/components/workspace/workspace";
import { compactSentences } from "@/lib/api/compact-sentences";
import { AppError } from "@/lib/errors";
import { languageName } from "@/lib/language-name";
import { can } from "@/lib/permissions";
import { isEditableState } from "@/lib/workflow";
import { listAnnotations } from "@/server/annotations/list-annotations";
import { getArticleHead } from "@/server/articles/get-article";
import { listComments } from "@/server/comments/list-comments";
import { listArticleGlossaryMarks } from "@/server/glossary/article-glossary-marks";
import { requirePage } from "@/server/auth/require-page";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  if (!/^\d{1,15}$/.test(id)) notFound();
  try {
    // A long article's page opens as quickly as a short one's: only its first screen of sentences comes with it.
    return await getArticleHead(Number(id));
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
  const article = await load(id);
  // The QA checks read every sentence: the workspace asks for them once it is interactive.
  const [comments, annotations, glossary] = await Promise.all([listComments(article.id), listAnnotations(actor, article.id), listArticleGlossaryMarks(article.sentences)]);
  const editable = isEditableState(article.state);
  return (
    <>
      <div className="mb-2 flex flex-wrap items-start gap-x-4 gap-y-2">
        <div className="flex-1">
          <h1 className="text-xl font-semibold" dir="auto">{article.title || "Untitled article"}</h1>
          <p className="text-sm text-stone-600">
            {languageName(article.sourceLang)} → {languageName(article.targetLang)} · {article.sentenceCount} sentences · imported by {article.createdBy.name}
          </p>
        </div>
        <Link href={`/articles/${article.id}/history`} className="rounded border border-stone-300 bg-white px-3 py-1 text-sm">
          Timeline
        </Link>
        <Link href={`/articles/${article.id}/quality`} className="rounded border border-stone-300 bg-white px-3 py-1 text-sm">
          Quality
        </Link>
        {can(actor.role, "sentence:edit") && (
          <Link href={`/articles/${article.id}/replace`} className="rounded border border-stone-300 bg-white px-3 py-1 text-sm">
            Find and replace
          </Link>
        )}
        <ExportMenu articleId={article.id} />
      </div>
      <WorkflowPanel articleId={article.id} state={article.state} editor={article.editor} reviewer={article.reviewer} role={actor.role} canAssign={can(actor.role, "sentence:confirm")} />
      {/* An approved article is read-only until reopened: remounted (key) so no row keeps an editor open. */}
      <Workspace
        key={article.state}
        data={{ articleId: article.id, language: article.targetLang, sentences: compactSentences(article.id, article.sentences), comments, annotations, checks: null, glossary }}
        sentenceCount={article.sentenceCount}
        canEdit={editable && can(actor.role, "sentence:edit")} canConfirm={editable && can(actor.role, "sentence:confirm")} />
    </>
  );
}
