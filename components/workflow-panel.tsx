"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import type { ArticleWorkflowView, AssignableUserView, UserRef } from "@/lib/api-types";
import type { Role } from "@/lib/article";
import { can, type Permission } from "@/lib/permissions";
import { allowedTransitions, stateLabels, type ArticleState, type Transition } from "@/lib/workflow";
import { contract } from "@/lib/api/contract";
import { api } from "@/components/api";
import { CommitSelect } from "@/components/commit-select";

interface Props {
  articleId: number;
  state: ArticleState;
  editor: UserRef | null;
  reviewer: UserRef | null;
  role: Role;
  canAssign: boolean;
}

const stateStyles: Record<ArticleState, string> = {
  IN_PROGRESS: "bg-amber-100 text-amber-900",
  IN_REVIEW: "bg-blue-100 text-blue-900",
  APPROVED: "bg-green-100 text-green-900",
};

/** The article's review state, the moves my role may make (with a reason form for moving back) and its assignees. */
export function WorkflowPanel({ articleId, state, editor, reviewer, role, canAssign }: Props) {
  const router = useRouter();
  const [asking, setAsking] = useState<Transition | null>(null);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function move(transition: Transition, why?: string) {
    setBusy(true);
    setError(null);
    const result = await api(contract.transition, {
      params: { id: articleId },
      body: { from: state, to: transition.to, reason: why },
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      if (result.status === 409) router.refresh();
      return;
    }
    setAsking(null);
    setReason("");
    router.refresh();
  }

  function onReason(event: FormEvent) {
    event.preventDefault();
    if (asking && reason.trim()) void move(asking, reason.trim());
  }

  return (
    <section aria-label="Review workflow" className="mb-2 rounded border border-stone-200 bg-white px-3 py-1.5 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <span className={`rounded px-2 py-0.5 font-medium ${stateStyles[state]}`} data-testid="article-state">{stateLabels[state]}</span>
        {state === "APPROVED" && <span className="text-stone-600">Read-only until reopened.</span>}
        {allowedTransitions(role, state).map((transition) => (
          <button
            key={transition.action}
            type="button"
            disabled={busy}
            onClick={() => (transition.needsReason ? setAsking(transition) : void move(transition))}
            className="rounded border border-stone-300 bg-white px-3 py-1 font-medium hover:bg-stone-50 disabled:opacity-50"
          >
            {transition.label}
          </button>
        ))}
        <AssigneePicker articleId={articleId} editor={editor} reviewer={reviewer} canAssign={canAssign} onError={setError} />
      </div>
      {asking && (
        <form onSubmit={onReason} className="mt-3 flex flex-wrap items-end gap-2" aria-label={`${asking.label}: reason`}>
          <label className="flex flex-1 flex-col gap-1">
            <span>Reason ({asking.label.toLowerCase()})</span>
            <textarea
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              required
              maxLength={2000}
              rows={2}
              autoFocus
              className="rounded border border-stone-300 px-2 py-1"
            />
          </label>
          <button type="submit" disabled={busy || !reason.trim()} className="rounded bg-stone-900 px-3 py-1.5 font-medium text-white disabled:opacity-50">
            {asking.label}
          </button>
          <button type="button" onClick={() => setAsking(null)} className="px-2 py-1.5 text-stone-700 underline">
            Cancel
          </button>
        </form>
      )}
      {error && <p role="alert" className="mt-2 text-red-700">{error}</p>}
    </section>
  );
}

interface PickerProps {
  articleId: number;
  editor: UserRef | null;
  reviewer: UserRef | null;
  canAssign: boolean;
  onError: (message: string | null) => void;
}

const jobs = [
  { key: "editorId", label: "Editor", permission: "sentence:edit" },
  { key: "reviewerId", label: "Reviewer", permission: "sentence:confirm" },
] as const satisfies readonly { key: string; label: string; permission: Permission }[];

/** Editor and reviewer: selects for those who may assign, plain names for everyone else. */
function AssigneePicker({ articleId, editor, reviewer, canAssign, onError }: PickerProps) {
  const router = useRouter();
  const [users, setUsers] = useState<AssignableUserView[]>([]);
  const current = { editorId: editor, reviewerId: reviewer };

  useEffect(() => {
    if (!canAssign) return;
    void api(contract.assignableUsers, {}).then((result) => {
      if (result.ok) setUsers(result.data.users);
    });
  }, [canAssign]);

  async function assign(key: (typeof jobs)[number]["key"], value: string) {
    onError(null);
    const result = await api(contract.assign, {
      params: { id: articleId },
      body: { [key]: value === "" ? null : Number(value) },
    });
    if (result.ok) router.refresh();
    else onError(result.error.message);
  }

  return (
    <span className="ml-auto flex flex-wrap items-center gap-3">
      {jobs.map((job) => {
        const person = current[job.key];
        if (!canAssign) {
          return (
            <span key={job.key} className="text-stone-600">
              {job.label}: {person?.name ?? "unassigned"}
            </span>
          );
        }
        const options = users.filter((user) => can(user.role, job.permission));
        // Keep the current assignee listed even before the list loads (or if their role changed since).
        if (person && !options.some((user) => user.id === person.id)) options.unshift({ ...person, role: "EDITOR" });
        return (
          <label key={job.key} className="flex items-center gap-1">
            <span>{job.label}</span>
            <CommitSelect value={String(person?.id ?? "")} onCommit={(value) => void assign(job.key, value)} className="rounded border border-stone-300 px-1 py-0.5">
              <option value="">Unassigned</option>
              {options.map((user) => (
                <option key={user.id} value={user.id}>{user.name}</option>
              ))}
            </CommitSelect>
          </label>
        );
      })}
    </span>
  );
}
