import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parsePlainText } from "@/lib/import/text";
import { useThrowawayDatabase } from "@/tests/support/test-database";

useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importDocument } = await import("@/server/articles/import-article");
const { updateSentence } = await import("./update-sentence");
const { confirmSentence } = await import("./confirm-sentence");
const { revertSentence } = await import("./revert-sentence");
const { listRevisions } = await import("./list-revisions");

const actor = { id: 0, email: "e@test", name: "Eddie", role: "EDITOR" as const };
let sentenceId = 0;

beforeAll(async () => {
  const user = await db.user.create({ data: { email: actor.email, name: actor.name, role: actor.role, passwordHash: "x" } });
  actor.id = user.id;
  const articleId = await importDocument({ actor, doc: parsePlainText("Title\n\nImran Kahn spoke.", { titleFromFirstLine: true }) });
  sentenceId = (await db.sentence.findFirstOrThrow({ where: { articleId, sourceText: "Imran Kahn spoke." } })).id;
});

async function conflictOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("sentence versions", () => {
  it("refuses a save from a stale version with the current sentence, and keeps the first save", async () => {
    const first = await updateSentence({ actor, sentenceId, text: "Imran Khan spoke.", version: 1 });
    expect(first).toMatchObject({ version: 2, status: "EDITED", text: "Imran Khan spoke." });

    const error = await conflictOf(updateSentence({ actor, sentenceId, text: "Imran Khaan spoke.", version: 1 }));
    expect(error.code).toBe("conflict");
    expect(error.details?.current).toMatchObject({ version: 2, text: "Imran Khan spoke.", lastChange: { author: { name: "Eddie" } } });
    expect((await listRevisions(sentenceId)).map((r) => r.kind)).toEqual(["IMPORT", "EDIT"]);
  });

  it("lets only one of two simultaneous saves from the same version win", async () => {
    const { version } = await db.sentence.findUniqueOrThrow({ where: { id: sentenceId } });
    const results = await Promise.allSettled([
      updateSentence({ actor, sentenceId, text: "Version A.", version }),
      updateSentence({ actor, sentenceId, text: "Version B.", version }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    const revisions = await listRevisions(sentenceId);
    expect(revisions.at(-1)?.version).toBe(version + 1);
  });

  it("confirms without changing text, and a revert restores text and status as a new revision", async () => {
    const current = await db.sentence.findUniqueOrThrow({ where: { id: sentenceId } });
    const confirmed = await confirmSentence({ actor, sentenceId, version: current.version });
    expect(confirmed).toMatchObject({ status: "CONFIRMED", text: current.text });

    const importRevision = (await listRevisions(sentenceId))[0];
    const reverted = await revertSentence({ actor, sentenceId, revisionId: importRevision.id, version: confirmed.version });
    expect(reverted).toMatchObject({ text: "Imran Kahn spoke.", status: "UNTOUCHED" });
    const kinds = (await listRevisions(sentenceId)).map((r) => r.kind);
    expect(kinds.slice(-2)).toEqual(["CONFIRM", "REVERT"]);
    expect(kinds[0]).toBe("IMPORT");
  });

  it("answers not_found for an unknown sentence and changes nothing", async () => {
    const before = await db.revision.count();
    const error = await conflictOf(updateSentence({ actor, sentenceId: 999_999, text: "x", version: 1 }));
    expect(error.code).toBe("not_found");
    expect(await db.revision.count()).toBe(before);
  });
});
