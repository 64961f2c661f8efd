import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { notFound } from "next/navigation";
import { RevertAuthorForm } from "@/components/compare-revert-author";
import { DiffView } from "@/components/diff-view";
import { RelativeTime } from "@/components/relative-time";
import { RevertChangeSetButton } from "@/components/find-replace-revert-button";
import { revisionKinds } from "@/lib/article";
import { WorkflowEvents } from "@/components/workflow-events";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { listTimeline, listTimelineAuthors, type TimelineEntry } from "@/server/articles/list-timeline";
import { requirePage } from "@/server/auth/require-page";
import { parseTimelineQuery } from "@/server/changes/timeline-query";
import { getWorkflow } from "@/server/workflow/workflow-view";
import { listDismissals } from "@/server/quality/list-dismissals";

export const metadata: Metadata = { title: "Timeline" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TimelinePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePage(`/articles/${id}/history`, "article:read");
  const query = parseTimelineQuery(await searchParams);
  const { authorId } = query;
  if (!/^\d{1,15}$/.test(id)) notFound();
  const articleId = Number(id);
  const entries = await listTimeline({ articleId, authorId, kind: query.kind, from: query.from, to: query.to }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const authors = await listTimelineAuthors(articleId);
  const events = (await getWorkflow(articleId)).events.filter((event) => authorId === undefined || event.author.id === authorId);
  const dismissals = (await listDismissals(articleId)).filter((entry) => authorId === undefined || entry.author.id === authorId);
  return (
    <>
      <div className="mb-4 flex items-center gap-4">
        <h1 className="flex-1 text-2xl font-semibold">Timeline</h1>
        <AppLink href={`/articles/${articleId}/compare`} className="text-sm text-blue-700 underline">Compare two dates</AppLink>
        <AppLink href={`/articles/${articleId}`} className="text-sm text-blue-700 underline">Back to the article</AppLink>
      </div>
      <form className="mb-4 flex flex-wrap items-center gap-2 text-sm" aria-label="Filter the timeline">
        <label htmlFor="author">Author</label>
        <select id="author" name="author" defaultValue={query.form.author} className="rounded border border-stone-300 px-2 py-1">
          <option value="">Everyone</option>
          {authors.map((person) => (
            <option key={person.id} value={person.id}>{person.name}</option>
          ))}
        </select>
        <label htmlFor="kind">Kind</label>
        <select id="kind" name="kind" defaultValue={query.form.kind} className="rounded border border-stone-300 px-2 py-1">
          <option value="">Any</option>
          {revisionKinds.map((kind) => (
            <option key={kind} value={kind}>{kind.toLowerCase()}</option>
          ))}
        </select>
        <label htmlFor="from">From (UTC)</label>
        <input id="from" name="from" type="datetime-local" step="1" defaultValue={query.form.from} className="rounded border border-stone-300 px-2 py-1" />
        <label htmlFor="to">To (UTC)</label>
        <input id="to" name="to" type="datetime-local" step="1" defaultValue={query.form.to} className="rounded border border-stone-300 px-2 py-1" />
        <button type="submit" className="rounded border border-stone-300 bg-white px-2 py-1">Filter</button>
      </form>
      {can(actor.role, "sentence:confirm") && authors.length > 0 && (
        <div className="mb-4">
          <RevertAuthorForm articleId={articleId} authors={authors} authorId={authorId} from={query.form.from} to={query.form.to} />
        </div>
      )}
      <WorkflowEvents events={events} />
      {entries.length === 0 ? (
        <p className="text-stone-600">No revisions match.</p>
      ) : (
        <ol className="space-y-3" data-testid="timeline">
          {groupByChangeSet(entries).map((group) =>
            group.changeSet ? (
              <li key={group.entries[0].id} className="rounded border border-stone-300 bg-stone-50 p-3 text-sm" data-testid="change-set">
                <div className="mb-2 flex flex-wrap items-center gap-3">
                  <span className="font-medium">{group.changeSet.description}</span>
                  {can(actor.role, "sentence:edit") && <RevertChangeSetButton changeSetId={group.changeSet.id} label="Revert change set" />}
                </div>
                <ol className="space-y-2">
                  {group.entries.map((entry) => <TimelineRow key={entry.id} entry={entry} articleId={articleId} />)}
                </ol>
              </li>
            ) : (
              <TimelineRow key={group.entries[0].id} entry={group.entries[0]} articleId={articleId} />
            ),
          )}
        </ol>
      )}
      {dismissals.length > 0 && (
        <section className="mt-6" aria-label="Dismissed warnings">
          <h2 className="mb-2 text-lg font-semibold">Dismissed warnings</h2>
          <ol className="space-y-2" data-testid="dismissals">
            {dismissals.map((entry) => (
              <li key={entry.id} className="rounded bg-white p-3 text-sm text-stone-600 shadow-sm">
                <RelativeTime iso={entry.createdAt} /> ·{" "}
                {entry.author.name} · <span className="font-medium text-stone-900">dismissed {entry.label} warning</span> ·{" "}
                <AppLink href={`/articles/${articleId}#sentence-${entry.sentence.number ?? ""}`} className="text-blue-700 underline">{entry.sentence.number ? `sentence ${entry.sentence.number}` : "a sentence since split or merged"}</AppLink>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** Consecutive revisions of one change set go together; every other revision stands alone. */
function groupByChangeSet(entries: TimelineEntry[]): { changeSet: TimelineEntry["changeSet"]; entries: TimelineEntry[] }[] {
  const groups: { changeSet: TimelineEntry["changeSet"]; entries: TimelineEntry[] }[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (entry.changeSet && last?.changeSet?.id === entry.changeSet.id) last.entries.push(entry);
    else groups.push({ changeSet: entry.changeSet, entries: [entry] });
  }
  return groups;
}

function TimelineRow({ entry, articleId }: { entry: TimelineEntry; articleId: number }) {
  return (
    <li className="rounded bg-white p-3 text-sm shadow-sm">
      <div className="text-stone-600">
        <RelativeTime iso={entry.createdAt} /> ·{" "}
        {entry.author.name} · <span className="font-medium text-stone-900">{entry.kind.toLowerCase()}</span> · <AppLink href={`/articles/${articleId}#sentence-${entry.sentence.number ?? ""}`} className="text-blue-700 underline">{entry.sentence.number ? `sentence ${entry.sentence.number}` : "a sentence since split or merged"}</AppLink>
      </div>
      <p className="mt-1 font-serif">
        {entry.kind === "IMPORT" ? <span dir="auto">{entry.text}</span> : <DiffView before={entry.previousText} after={entry.text} />}
      </p>
    </li>
  );
}
