import "server-only";
import { z } from "zod";
import type { SentenceStatus } from "@/lib/article";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { conflictError, findSentenceView, type SentenceView } from "./sentence-view";
import { writeRevision } from "./write-revision";

export const maxSentenceLength = 10_000;

export const updateSentenceBody = z.object({
  text: z.string().max(maxSentenceLength, `A sentence may hold at most ${maxSentenceLength} characters.`).transform((s) => s.trim()),
  version: z.number().int().positive(),
  /** The text came from a suggestion: recorded as the revision's note. */
  origin: z.enum(["memory", "learned-fix"]).optional(),
});

const originNotes = { memory: "from memory", "learned-fix": "learned fix" } as const;

export type UpdateSentenceBody = z.infer<typeof updateSentenceBody>;

/** Status after an edit: back to the MT text is UNTOUCHED, anything else EDITED (and needs confirming again). */
export function statusAfterEdit(sourceText: string, text: string): SentenceStatus {
  return text === sourceText ? "UNTOUCHED" : "EDITED";
}

export async function updateSentence(options: { actor: Actor; sentenceId: number } & UpdateSentenceBody): Promise<SentenceView> {
  const current = await findSentenceView(db, options.sentenceId);
  if (current.version !== options.version) throw await conflictError(db, options.sentenceId);
  if (current.text === options.text) return current; // nothing changed: no revision
  return writeRevision({
    actor: options.actor,
    sentenceId: options.sentenceId,
    version: options.version,
    kind: "EDIT",
    text: options.text,
    status: statusAfterEdit(current.sourceText, options.text),
    note: options.origin ? originNotes[options.origin] : undefined,
  });
}
