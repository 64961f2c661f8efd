"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ChangeSetView } from "@/lib/find-replace";
import { contract } from "@/lib/api/contract";
import { api } from "@/components/api";

/** Reverts a whole change set (a new REVERT change set); says which sentences block it when some changed since. */
export function RevertChangeSetButton({ changeSetId, label = "Revert this change set" }: { changeSetId: string; label?: string }) {
  const router = useRouter();
  const [state, setState] = useState<{ done?: ChangeSetView; error?: string; busy?: boolean }>({});

  async function revert() {
    setState({ busy: true });
    const result = await api(contract.revertChangeSet, { params: { id: changeSetId } });
    if (result.ok) {
      setState({ done: result.data });
      router.refresh();
    } else setState({ error: result.error.message });
  }

  if (state.done) {
    return (
      <p role="status" className="text-sm text-green-800">
        Reverted: {state.done.sentences} {state.done.sentences === 1 ? "sentence" : "sentences"} restored.
      </p>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={revert}
        disabled={state.busy}
        className="rounded border border-stone-300 bg-white px-2 py-1 text-sm disabled:opacity-50"
      >
        {label}
      </button>
      {state.error && (
        <span role="alert" className="text-sm text-red-700">
          {state.error}
        </span>
      )}
    </span>
  );
}
