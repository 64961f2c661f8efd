import "server-only";
import { z } from "zod";
import type { SentenceStatus } from "@/lib/article";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import type { SentenceView } from "./sentence-view";
import { writeRevision } from "./write-revision";
import { revertSentenceBody } from "@/lib/api/bodies";

export { revertSentenceBody };

/** Restores the text and status of an earlier revision as a new REVERT revision; history is never rewritten. */
export async function revertSentence(options: {
  actor: Actor;
  sentenceId: number;
  revisionId: number;
  version: number;
}): Promise<SentenceView> {
  const target = await db.revision.findUnique({ where: { id: options.revisionId } });
  if (!target || target.sentenceId !== options.sentenceId) {
    throw new AppError("not_found", `Sentence ${options.sentenceId} has no revision ${options.revisionId}.`);
  }
  return writeRevision({
    actor: options.actor,
    sentenceId: options.sentenceId,
    version: options.version,
    kind: "REVERT",
    text: target.text,
    status: target.status as SentenceStatus,
  });
}
