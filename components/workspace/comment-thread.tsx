"use client";

// Comment threads on one sentence. The article's comments are fetched once and shared by every row.
import { useCallback, useState, useSyncExternalStore, type FormEvent } from "react";
import type { CommentView } from "@/lib/api-types";
import { callApi } from "@/components/api-client";

interface CommentsState {
  comments: CommentView[];
  error: string | null;
}

const empty: CommentsState = { comments: [], error: null };
const states = new Map<number, CommentsState>();
const listeners = new Map<number, Set<() => void>>();

function publish(articleId: number, state: CommentsState) {
  states.set(articleId, state);
  for (const listener of listeners.get(articleId) ?? []) listener();
}

async function reload(articleId: number): Promise<void> {
  const result = await callApi<{ comments: CommentView[] }>(`/api/v1/articles/${articleId}/comments`);
  const previous = states.get(articleId) ?? empty;
  publish(articleId, result.ok ? { comments: result.data.comments, error: null } : { ...previous, error: result.error.message });
}

function useComments(articleId: number): CommentsState {
  const subscribe = useCallback(
    (listener: () => void) => {
      const set = listeners.get(articleId) ?? new Set<() => void>();
      listeners.set(articleId, set);
      if (set.size === 0) void reload(articleId);
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    [articleId],
  );
  return useSyncExternalStore(subscribe, () => states.get(articleId) ?? empty, () => empty);
}

interface Thread {
  first: CommentView;
  replies: CommentView[];
}

function threadsOf(comments: CommentView[], sentenceId: number): Thread[] {
  const threads = new Map<number, Thread>();
  for (const comment of comments) {
    if (comment.sentenceId !== sentenceId) continue;
    if (comment.parentId === null) threads.set(comment.id, { first: comment, replies: [] });
    else threads.get(comment.parentId)?.replies.push(comment);
  }
  return [...threads.values()];
}

function when(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
}

interface Props {
  articleId: number;
  sentenceId: number;
  canWrite: boolean;
}

/** The open-comment count of a sentence, its threads, a reply box per thread and Resolve/Reopen. */
export function CommentThread({ articleId, sentenceId, canWrite }: Props) {
  const { comments, error: loadError } = useComments(articleId);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const threads = threadsOf(comments, sentenceId);
  const openCount = threads.filter((thread) => !thread.first.resolvedAt).length;

  async function send(path: string, body: unknown): Promise<boolean> {
    setError(null);
    const result = await callApi<CommentView>(path, { method: "POST", body });
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    await reload(articleId);
    return true;
  }

  return (
    <div className="mt-1 text-sm" data-testid="comments">
      <button type="button" onClick={() => setOpen((value) => !value)} aria-expanded={open} className="text-stone-700 underline">
        Comments <span data-testid="comment-count">({openCount} open)</span>
      </button>
      {open && (
        <div className="mt-2 space-y-2 rounded border border-stone-200 bg-stone-50 p-2">
          {threads.length === 0 && <p className="text-stone-600">No comments yet.</p>}
          {threads.map(({ first, replies }) => (
            <article key={first.id} className={`rounded bg-white p-2 shadow-sm ${first.resolvedAt ? "opacity-70" : ""}`} data-testid="comment-thread">
              {[first, ...replies].map((comment) => (
                <div key={comment.id} className={comment.parentId ? "ml-4 mt-2 border-l border-stone-200 pl-2" : ""} data-testid="comment">
                  <div className="text-xs text-stone-500">
                    {comment.author.name} · <time dateTime={comment.createdAt}>{when(comment.createdAt)}</time>
                  </div>
                  <p className="whitespace-pre-wrap break-words" dir="auto" data-testid="comment-body">{comment.body}</p>
                </div>
              ))}
              {first.resolvedAt && (
                <p className="mt-1 text-xs text-green-800">Resolved by {first.resolvedBy?.name ?? "someone"} · {when(first.resolvedAt)}</p>
              )}
              {canWrite && (
                <div className="mt-2 flex flex-wrap items-end gap-2">
                  <CommentBox label="Reply" onSubmit={(body) => send(`/api/v1/sentences/${sentenceId}/comments`, { body, parentId: first.id })} />
                  <button
                    type="button"
                    onClick={() => void send(`/api/v1/comments/${first.id}/resolve`, { resolved: !first.resolvedAt })}
                    className="text-blue-700 underline"
                  >
                    {first.resolvedAt ? "Reopen" : "Resolve"}
                  </button>
                </div>
              )}
            </article>
          ))}
          {canWrite && <CommentBox label="Comment" onSubmit={(body) => send(`/api/v1/sentences/${sentenceId}/comments`, { body })} />}
          {(error ?? loadError) && <p role="alert" className="text-red-700">{error ?? loadError}</p>}
        </div>
      )}
    </div>
  );
}

/** A text box and its button; clears itself once the comment is saved. */
function CommentBox({ label, onSubmit }: { label: string; onSubmit: (body: string) => Promise<boolean> }) {
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return;
    setBusy(true);
    const ok = await onSubmit(body.trim());
    setBusy(false);
    if (ok) setBody("");
  }

  return (
    <form onSubmit={submit} className="flex flex-1 items-end gap-2">
      <textarea
        value={body}
        onChange={(event) => setBody(event.target.value)}
        aria-label={label === "Reply" ? "Reply" : "New comment"}
        maxLength={5000}
        rows={1}
        className="flex-1 resize-none rounded border border-stone-300 bg-white px-2 py-1 [field-sizing:content]"
      />
      <button type="submit" disabled={busy || !body.trim()} className="rounded border border-stone-300 bg-white px-2 py-1 disabled:opacity-50">
        {label}
      </button>
    </form>
  );
}
