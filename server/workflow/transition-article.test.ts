import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parsePlainText } from "@/lib/import/text";
import { useThrowawayDatabase } from "@/tests/support/test-database";

useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importDocument } = await import("@/server/articles/import-article");
const { updateSentence } = await import("@/server/sentences/update-sentence");
const { splitSentence } = await import("@/server/sentences/split-sentence");
const { transitionArticle } = await import("./transition-article");

const editor = { id: 0, email: "e@test", name: "Eddie", role: "EDITOR" as const };
const reviewer = { id: 0, email: "r@test", name: "Rita", role: "REVIEWER" as const };
let articleId = 0;
let sentenceId = 0;

beforeAll(async () => {
  for (const actor of [editor, reviewer]) {
    actor.id = (await db.user.create({ data: { email: actor.email, name: actor.name, role: actor.role, passwordHash: "x" } })).id;
  }
  articleId = await importDocument({ actor: editor, doc: parsePlainText("Title\n\nImran Kahn spoke. He left.", { titleFromFirstLine: true }) });
  sentenceId = (await db.sentence.findFirstOrThrow({ where: { articleId, sourceText: "Imran Kahn spoke." } })).id;
});

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("transitionArticle", () => {
  it("lets only one of two simultaneous submits from the same state win, with one event", async () => {
    const results = await Promise.allSettled([
      transitionArticle({ actor: editor, articleId, input: { from: "IN_PROGRESS", to: "IN_REVIEW" } }),
      transitionArticle({ actor: reviewer, articleId, input: { from: "IN_PROGRESS", to: "IN_REVIEW" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.articleEvent.count({ where: { articleId } })).toBe(1);
  });

  it("makes an approved article refuse edits and splits, and leaves the sentence as it was", async () => {
    await transitionArticle({ actor: reviewer, articleId, input: { from: "IN_REVIEW", to: "APPROVED" } });
    const edit = await errorOf(updateSentence({ actor: editor, sentenceId, text: "Imran Khan spoke.", version: 1 }));
    expect({ code: edit.code, message: edit.message }).toEqual({ code: "conflict", message: "This article is approved: reopen it to edit." });
    expect((await errorOf(splitSentence({ actor: editor, sentenceId, offset: 6, version: 1 }))).code).toBe("conflict");
    expect(await db.sentence.findUniqueOrThrow({ where: { id: sentenceId } })).toMatchObject({ text: "Imran Kahn spoke.", version: 1, removedAt: null });
    expect(await db.sentence.count({ where: { articleId } })).toBe(3);

    await transitionArticle({ actor: reviewer, articleId, input: { from: "APPROVED", to: "IN_PROGRESS", reason: "Name misspelt." } });
    expect(await updateSentence({ actor: editor, sentenceId, text: "Imran Khan spoke.", version: 1 })).toMatchObject({ version: 2 });
  });
});
