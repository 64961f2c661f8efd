import "server-only";
import { z } from "zod";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { conflictError, findSentenceView, type SentenceView } from "./sentence-view";
import { writeRevision } from "./write-revision";
import { confirmSentenceBody } from "@/lib/api/bodies";

export { confirmSentenceBody };

/** Marks a sentence checked without changing its text. */
export async function confirmSentence(options: { actor: Actor; sentenceId: number; version: number }): Promise<SentenceView> {
  const current = await findSentenceView(db, options.sentenceId);
  if (current.version !== options.version) throw await conflictError(db, options.sentenceId);
  if (current.status === "CONFIRMED") return current;
  return writeRevision({ ...options, kind: "CONFIRM", text: current.text, status: "CONFIRMED" });
}
