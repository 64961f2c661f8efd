import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { stateLabels } from "@/lib/workflow";
import { listArticles } from "@/server/articles/list-articles";
import { requirePage } from "@/server/auth/require-page";

export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage() {
  const actor = await requirePage("/my-work", "article:read");
  const articles = await listArticles(200, { assignedTo: actor.id });
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">My work</h1>
      {articles.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-600">
          Nothing is assigned to you. Reviewers and admins assign editors and reviewers on each article&apos;s page.
        </p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm" data-testid="my-work">
          <thead>
            <tr className="border-b border-stone-200 text-left text-stone-600">
              <th className="p-2">Title</th>
              <th className="p-2">My part</th>
              <th className="p-2">State</th>
              <th className="p-2 text-right">Edited</th>
              <th className="p-2 text-right">Confirmed</th>
              <th className="p-2 text-right">Open comments</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id} className="border-b border-stone-100">
                <td className="p-2">
                  <AppLink href={`/articles/${article.id}`} className="font-medium text-blue-800 hover:underline" dir="auto">
                    {article.title || "Untitled article"}
                  </AppLink>
                </td>
                <td className="p-2">
                  {[article.editorId === actor.id && "editor", article.reviewerId === actor.id && "reviewer"].filter(Boolean).join(" and ")}
                </td>
                <td className="p-2">{stateLabels[article.state]}</td>
                <td className="p-2 text-right">{article.percentEdited}%</td>
                <td className="p-2 text-right">
                  {article.confirmedCount} / {article.sentenceCount}
                </td>
                <td className="p-2 text-right">{article.openComments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
