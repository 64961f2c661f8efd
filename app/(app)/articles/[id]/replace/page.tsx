import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { FindReplacePanel } from "@/components/find-replace-panel";
import { requirePage } from "@/server/auth/require-page";
import { isEditableState } from "@/lib/workflow";
import { articleHeadingOr404 } from "@/server/changes/article-heading";
import { getWorkflow } from "@/server/workflow/workflow-view";

export const metadata: Metadata = { title: "Find and replace" };

type Props = { params: Promise<{ id: string }> };

export default async function ReplacePage({ params }: Props) {
  const { id } = await params;
  await requirePage(`/articles/${id}/replace`, "sentence:edit");
  const article = await articleHeadingOr404(id);
  const { state } = await getWorkflow(article.id);
  return (
    <>
      <div className="mb-4 flex items-center gap-4">
        <h1 className="flex-1 text-2xl font-semibold">
          Find and replace <span className="text-stone-600" dir="auto">· {article.title}</span>
        </h1>
        <AppLink href={`/articles/${article.id}`} className="text-sm text-blue-700 underline">Back to the article</AppLink>
      </div>
      {isEditableState(state) ? (
        <FindReplacePanel articleId={article.id} />
      ) : (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="replace-refused">
          This article is approved, so it is read-only: nothing can be replaced until a reviewer reopens it.
        </p>
      )}
    </>
  );
}
