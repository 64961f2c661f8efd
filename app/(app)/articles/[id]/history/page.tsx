import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiffView } from "@/components/diff-view";
import { AppError } from "@/lib/errors";
import { listTimeline, listTimelineAuthors } from "@/server/articles/list-timeline";
import { requirePage } from "@/server/auth/require-page";
import { listDismissals } from "@/server/quality/list-dismissals";

export const metadata: Metadata = { title: "Timeline" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TimelinePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePage(`/articles/${id}/history`, "article:read");
  const author = (await searchParams).author;
  const authorId = typeof author === "string" && /^\d+$/.test(author) ? Number(author) : undefined;
  if (!/^\d{1,15}$/.test(id)) notFound();
  const articleId = Number(id);
  const entries = await listTimeline({ articleId, authorId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const authors = await listTimelineAuthors(articleId);
  const dismissals = (await listDismissals(articleId)).filter((entry) => authorId === undefined || entry.author.id === authorId);
  return (
    <>
      <div className="mb-4 flex items-center gap-4">
        <h1 className="flex-1 text-2xl font-semibold">Timeline</h1>
        <form className="flex items-center gap-2 text-sm">
          <label htmlFor="author">Author</label>
          <select id="author" name="author" defaultValue={authorId ?? ""} className="rounded border border-stone-300 px-2 py-1">
            <option value="">Everyone</option>
            {authors.map((person) => (
              <option key={person.id} value={person.id}>{person.name}</option>
            ))}
          </select>
          <button type="submit" className="rounded border border-stone-300 bg-white px-2 py-1">Filter</button>
        </form>
        <Link href={`/articles/${articleId}`} className="text-sm text-blue-700 underline">Back to the article</Link>
      </div>
      {entries.length === 0 ? (
        <p className="text-stone-600">No revisions match.</p>
      ) : (
        <ol className="space-y-3" data-testid="timeline">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded bg-white p-3 text-sm shadow-sm">
              <div className="text-stone-600">
                <time dateTime={entry.createdAt}>{new Date(entry.createdAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC</time> ·{" "}
                {entry.author.name} · <span className="font-medium text-stone-900">{entry.kind.toLowerCase()}</span> · <Link href={`/articles/${articleId}#sentence-${entry.sentence.id}`} className="text-blue-700 underline">sentence {entry.sentence.position + 1}</Link>
              </div>
              <p className="mt-1 font-serif">
                {entry.kind === "IMPORT" ? <span dir="auto">{entry.text}</span> : <DiffView before={entry.previousText} after={entry.text} />}
              </p>
            </li>
          ))}
        </ol>
      )}
      {dismissals.length > 0 && (
        <section className="mt-6" aria-label="Dismissed warnings">
          <h2 className="mb-2 text-lg font-semibold">Dismissed warnings</h2>
          <ol className="space-y-2" data-testid="dismissals">
            {dismissals.map((entry) => (
              <li key={entry.id} className="rounded bg-white p-3 text-sm text-stone-600 shadow-sm">
                <time dateTime={entry.createdAt}>{new Date(entry.createdAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC</time> ·{" "}
                {entry.author.name} · <span className="font-medium text-stone-900">dismissed {entry.label} warning</span> ·{" "}
                <Link href={`/articles/${articleId}#sentence-${entry.sentence.id}`} className="text-blue-700 underline">sentence {entry.sentence.position + 1}</Link>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
