import type { Metadata } from "next";
import Link from "next/link";
import { FindReplacePanel } from "@/components/find-replace-panel";
import { requirePage } from "@/server/auth/require-page";
import { articleHeadingOr404 } from "@/server/changes/article-heading";

export const metadata: Metadata = { title: "Find and replace" };

type Props = { params: Promise<{ id: string }> };

export default async function ReplacePage({ params }: Props) {
  const { id } = await params;
  await requirePage(`/articles/${id}/replace`, "sentence:edit");
  const article = await articleHeadingOr404(id);
  return (
    <>
      <div className="mb-4 flex items-center gap-4">
        <h1 className="flex-1 text-2xl font-semibold">
          Find and replace <span className="text-stone-500" dir="auto">· {article.title}</span>
        </h1>
        <Link href={`/articles/${article.id}`} className="text-sm text-blue-700 underline">Back to the article</Link>
      </div>
      <FindReplacePanel articleId={article.id} />
    </>
  );
}
