import "server-only";
import { z } from "zod";
import type { Actor } from "@/server/auth/actor";
import type { SentenceView } from "./sentence-view";
import { writeRevision } from "./write-revision";

export const confirmSentenceBody = z.object({ version: z.number().int().positive() });

/** Marks a sentence checked without changing its text. */
export async function confirmSentence(options: { actor: Actor; sentenceId: number; version: number }): Promise<SentenceView> {
  return writeRevision({ ...options, kind: "CONFIRM", status: "CONFIRMED", noOpWhen: (current) => current.status === "CONFIRMED" });
}
