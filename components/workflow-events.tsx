import type { ArticleEventView } from "@/lib/api-types";
import { stateLabels } from "@/lib/workflow";
import { RelativeTime } from "./relative-time";

const verbs: Record<string, string> = {
  SUBMIT: "submitted for review",
  APPROVE: "approved",
  SEND_BACK: "sent back",
  REOPEN: "reopened",
  ASSIGN: "assigned",
};

/** Workflow transitions and assignments of an article, newest first, for the timeline. */
export function WorkflowEvents({ events }: { events: ArticleEventView[] }) {
  if (events.length === 0) return null;
  return (
    <section className="mb-6" aria-label="Workflow">
      <h2 className="mb-2 text-lg font-semibold">Workflow</h2>
      <ol className="space-y-2" data-testid="workflow-events">
        {[...events].reverse().map((event) => (
          <li key={event.id} className="rounded bg-white p-3 text-sm text-stone-600 shadow-sm">
            <RelativeTime iso={event.createdAt} /> · {event.author.name} ·{" "}
            <span className="font-medium text-stone-900">{verbs[event.kind] ?? event.kind.toLowerCase()}</span>
            {event.fromState && event.toState && ` (${stateLabels[event.fromState]} → ${stateLabels[event.toState]})`}
            {event.reason && (
              <p className="mt-1 whitespace-pre-wrap text-stone-900" dir="auto">{event.reason}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
