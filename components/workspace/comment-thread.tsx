"use client";

// Comment threads on one sentence, read from the workspace store.
import { useState, type FormEvent } from "react";
import type { CommentView } from "@/lib/api-types";
import { contract } from "@/lib/api/contract";
import { maxCommentLength } from "@/lib/api/limits";
import { api } from "@/components/api";
import { RelativeTime } from "@/components/relative-time";
import { useCommands, useWorkspace } from "./workspace-store";

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

/** Open (unresolved) threads of a sentence. */
export function openThreads(comments: CommentView[], sentenceId: number): number {
  let open = 0;
  for (const comment of comments) if (comment.sentenceId === sentenceId && comment.parentId === null && !comment.resolvedAt) open += 1;
  return open;
}

interface Props {
  sentenceId: number;
  canWrite: boolean;
}

/** A sentence's comment threads, a reply box per thread and Resolve/Reopen. */
export function CommentPanel({ sentenceId, canWrite }: Props) {
  const comments = useWorkspace((state) => state.comments);
  const commands = useCommands();
  const [error, setError] = useState<string | null>(null);
  const threads = threadsOf(comments, sentenceId);

  async function done(result: { ok: true } | { ok: false; error: { message: string } }): Promise<boolean> {
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setError(null);
    const reloadError = await commands.reloadComments();
    if (reloadError) setError(reloadError);
    return true;
  }
  const add = async (body: string, parentId?: number) => done(await api(contract.addComment, { params: { id: sentenceId }, body: { body, parentId } }));
  const resolve = async (id: number, resolved: boolean) => done(await api(contract.resolveThread, { params: { id }, body: { resolved } }));

  return (
    <div className="col-span-full mt-1 text-sm md:col-start-2" data-testid="comments">
      {(
        <div className="space-y-2 rounded border border-stone-200 bg-stone-50 p-2">
          {threads.length === 0 && <p className="text-stone-600">No comments yet.</p>}
          {threads.map(({ first, replies }) => (
            <article key={first.id} className={`rounded bg-white p-2 shadow-sm ${first.resolvedAt ? "opacity-70" : ""}`} data-testid="comment-thread">
              {[first, ...replies].map((comment) => (
                <div key={comment.id} className={comment.parentId ? "ml-4 mt-2 border-l border-stone-200 pl-2" : ""} data-testid="comment">
                  <div className="text-xs text-stone-600">
                    {comment.author.name} · <RelativeTime iso={comment.createdAt} />
                  </div>
                  <p className="whitespace-pre-wrap break-words" dir="auto" data-testid="comment-body">{comment.body}</p>
                </div>
              ))}
              {first.resolvedAt && (
                <p className="mt-1 text-xs text-green-800">Resolved by {first.resolvedBy?.name ?? "someone"} · <RelativeTime iso={first.resolvedAt} /></p>
              )}
              {canWrite && (
                <div className="mt-2 flex flex-wrap items-end gap-2">
                  <CommentBox label="Reply" onSubmit={(body) => add(body, first.id)} />
                  <button
                    type="button"
                    onClick={() => void resolve(first.id, !first.resolvedAt)}
                    className="text-blue-800 underline"
                  >
                    {first.resolvedAt ? "Reopen" : "Resolve"}
                  </button>
                </div>
              )}
            </article>
          ))}
          {canWrite && <CommentBox label="Comment" onSubmit={(body) => add(body)} />}
          {error && <p role="alert" className="text-red-700">{error}</p>}
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
        maxLength={maxCommentLength}
        rows={1}
        className="flex-1 resize-none rounded border border-stone-300 bg-white px-2 py-1 [field-sizing:content]"
      />
      <button type="submit" disabled={busy || !body.trim()} className="rounded border border-stone-300 bg-white px-2 py-1 disabled:opacity-50">
        {label}
      </button>
    </form>
  );
}
