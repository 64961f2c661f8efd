import "server-only";
import { z } from "zod";
import type { Actor } from "@/server/auth/actor";
import type { SentenceView } from "./sentence-view";
import { statusAfterEdit, writeRevision } from "./write-revision";

export { statusAfterEdit };
import { updateSentenceBody } from "@/lib/api/bodies";

export { updateSentenceBody };

export const maxSentenceLength = 10_000;

const originNotes = { memory: "from memory", "learned-fix": "learned fix" } as const;

export type UpdateSentenceBody = z.infer<typeof updateSentenceBody>;

/** Saves a correction; the same text again is no change (no revision). Status: see `statusAfterEdit`. */
export async function updateSentence(options: { actor: Actor; sentenceId: number } & UpdateSentenceBody): Promise<SentenceView> {
  return writeRevision({
    actor: options.actor,
    sentenceId: options.sentenceId,
    version: options.version,
    kind: "EDIT",
    text: options.text,
    noOpWhen: (current) => current.text === options.text,
    note: options.origin ? originNotes[options.origin] : undefined,
  });
}
