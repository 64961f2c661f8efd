import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { CompareArticle } from "@/components/compare-article";
import { requirePage } from "@/server/auth/require-page";
import { articleHeadingOr404 } from "@/server/changes/article-heading";

export const metadata: Metadata = { title: "Compare" };

type Props = { params: Promise<{ id: string }> };

export default async function ComparePage({ params }: Props) {
  const { id } = await params;
  await requirePage(`/articles/${id}/compare`, "article:read");
  const article = await articleHeadingOr404(id);
  return (
    <>
      <div className="mb-4 flex items-center gap-4">
        <h1 className="flex-1 text-2xl font-semibold">
          Compare <span className="text-stone-600" dir="auto">· {article.title}</span>
        </h1>
        <AppLink href={`/articles/${article.id}/history`} className="text-sm text-blue-700 underline">Timeline</AppLink>
        <AppLink href={`/articles/${article.id}`} className="text-sm text-blue-700 underline">Back to the article</AppLink>
      </div>
      <CompareArticle articleId={article.id} createdAt={article.createdAt} />
    </>
  );
}
