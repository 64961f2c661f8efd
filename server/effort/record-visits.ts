import "server-only";
import { countChars, countWords, type RecordVisitsView } from "@/lib/effort";
import type { RecordVisitsBody } from "@/lib/effort/visit-body";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { assertCaptureEnabled } from "./capture-setting";

/**
 * Stores a batch of editing visits of the actor. All or nothing: an unknown sentence or a visit from
 * the future refuses the batch. A visit already stored (same client id) is counted, not stored twice.
 */
export async function recordVisits(actor: Actor, body: RecordVisitsBody): Promise<RecordVisitsView> {
  assertCaptureEnabled();
  const latest = Date.now() + 5 * 60 * 1000;
  const future = body.visits.find((v) => Date.parse(v.endedAt) > latest);
  if (future) throw new AppError("bad_request", `Visit ${future.id} ends in the future: check the clock.`);
  const ids = [...new Set(body.visits.map((v) => v.sentenceId))];
  const sentences = await db.sentence.findMany({ where: { id: { in: ids } }, select: { id: true, articleId: true, sourceText: true } });
  const byId = new Map(sentences.map((s) => [s.id, s]));
  const unknown = ids.find((id) => !byId.has(id));
  if (unknown !== undefined) throw new AppError("not_found", `No sentence with id ${unknown}: nothing was stored.`);

  const seen = new Set<string>();
  const fresh = body.visits.filter((v) => !seen.has(v.id) && seen.add(v.id));
  const stored = await db.$transaction(async (tx) => {
    const existing = await tx.editVisit.findMany({ where: { authorId: actor.id, clientId: { in: fresh.map((v) => v.id) } }, select: { clientId: true } });
    const known = new Set(existing.map((e) => e.clientId));
    const rows = fresh
      .filter((v) => !known.has(v.id))
      .map((v) => {
        const sentence = byId.get(v.sentenceId);
        if (!sentence) throw new AppError("not_found", `No sentence with id ${v.sentenceId}.`);
        return {
          clientId: v.id,
          sentenceId: v.sentenceId,
          articleId: sentence.articleId,
          authorId: actor.id,
          startedAt: new Date(v.startedAt),
          endedAt: new Date(v.endedAt),
          activeMs: v.activeMs,
          ...v.keys,
          pauses300: v.pauses300,
          pauses1000: v.pauses1000,
          mtWords: countWords(sentence.sourceText),
          mtChars: countChars(sentence.sourceText),
          origin: v.origin ?? null,
        };
      });
    if (rows.length > 0) await tx.editVisit.createMany({ data: rows });
    return rows.length;
  });
  return { stored, duplicates: body.visits.length - stored };
}

