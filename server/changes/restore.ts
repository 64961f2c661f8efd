import "server-only";
import type { SentenceStatus } from "@/lib/article";
import type { Actor } from "@/server/auth/actor";
import type { DbClient } from "@/server/db";
import { writeRevisionIn } from "@/server/sentences/write-revision";

/** The text and status a sentence had at `version` (the revision that produced it), or null. */
export async function stateAt(tx: DbClient, sentenceId: number, version: number): Promise<{ text: string; status: SentenceStatus } | null> {
  const revision = await tx.revision.findFirst({ where: { sentenceId, version }, orderBy: { id: "desc" }, select: { text: true, status: true } });
  return revision ? { text: revision.text, status: revision.status as SentenceStatus } : null;
}

/** Writes one REVERT revision restoring `state`, as part of a change set; false when the sentence already has it. */
export async function restoreState(
  tx: DbClient,
  options: { actor: Actor; sentenceId: number; version: number; state: { text: string; status: SentenceStatus }; changeSetId: string; note: string },
): Promise<boolean> {
  const current = await tx.sentence.findUniqueOrThrow({ where: { id: options.sentenceId }, select: { text: true, status: true } });
  if (current.text === options.state.text && current.status === options.state.status) return false;
  await writeRevisionIn(tx, {
    actor: options.actor,
    sentenceId: options.sentenceId,
    version: options.version,
    kind: "REVERT",
    text: options.state.text,
    status: options.state.status,
    changeSetId: options.changeSetId,
    note: options.note,
  });
  return true;
}
