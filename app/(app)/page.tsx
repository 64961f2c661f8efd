import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { RelativeTime } from "@/components/relative-time";
import { languageName } from "@/lib/language-name";
import { can } from "@/lib/permissions";
import { stateLabels } from "@/lib/workflow";
import { listArticles } from "@/server/articles/list-articles";
import { requirePage } from "@/server/auth/require-page";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const actor = await requirePage("/", "article:read");
  const articles = await listArticles();
  return (
    <>
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Articles</h1>
        {can(actor.role, "article:import") && (
          <AppLink href="/articles/new" className="rounded bg-stone-900 px-4 py-2 text-sm font-medium text-white">
            Import an article
          </AppLink>
        )}
      </div>
      {articles.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-600">
          No articles yet. Import a machine-translated article to start reviewing it.
        </p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-stone-200 text-left text-stone-600">
              <th className="p-2">Title</th>
              <th className="p-2">Languages</th>
              <th className="p-2">State</th>
              <th className="p-2 text-right">Sentences</th>
              <th className="p-2 text-right">Edited</th>
              <th className="p-2 text-right">Open comments</th>
              <th className="p-2">Last change</th>
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
                <td className="p-2">{languageName(article.sourceLang)} → {languageName(article.targetLang)}</td>
                <td className="p-2">{stateLabels[article.state]}</td>
                <td className="p-2 text-right">{article.sentenceCount}</td>
                <td className="p-2 text-right">{article.percentEdited}%</td>
                <td className="p-2 text-right">{article.openComments}</td>
                <td className="p-2 text-stone-600">
                  {article.lastChange ? <><RelativeTime iso={article.lastChange.at} /> · {article.lastChange.by}</> : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
