import { beforeAll, describe, expect, it, vi } from "vitest";
import { parsePlainText } from "@/lib/import/text";
import { useThrowawayDatabase } from "@/tests/support/test-database";

// Runs on SQLite, and on PostgreSQL with TEST_DATABASE=postgresql (npm run test:pg).
useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importDocument } = await import("@/server/articles/import-article");
const { updateSentence } = await import("@/server/sentences/update-sentence");
const { writeRevisionIn } = await import("@/server/sentences/write-revision");
const { memoryDelayMs, memoryUpToDate } = await import("./pending-corrections");

const editor = { id: 0, email: "queue@test", name: "Quinn", role: "EDITOR" as const };

async function newSentence(body: string) {
  const articleId = await importDocument({ actor: editor, doc: parsePlainText(`Title\n\n${body}`, { titleFromFirstLine: true }), sourceLang: "ps", targetLang: "en" });
  // The title line is the first sentence; the body's sentence is the last.
  return db.sentence.findFirstOrThrow({ where: { articleId }, orderBy: { position: "desc" } });
}

const entries = (sentenceId: number) => db.memoryEntry.findMany({ where: { sentenceId }, select: { correction: true, authorId: true } });

beforeAll(async () => {
  editor.id = (await db.user.create({ data: { email: editor.email, name: editor.name, role: editor.role, passwordHash: "x" } })).id;
});

describe("correction memory written after the save", () => {
  it("appears within the delay without anyone asking, holding the last of several quick saves", async () => {
    const sentence = await newSentence("Imran Kahn left early.");
    let version = sentence.version;
    for (const text of ["Imran Khan left early.", "Imran Khan left very early.", "Imran Khan left at dawn."]) {
      version = (await updateSentence({ actor: editor, sentenceId: sentence.id, text, version })).version;
    }
    await expect.poll(() => entries(sentence.id), { timeout: memoryDelayMs * 5, interval: 100 }).toEqual([{ correction: "Imran Khan left at dawn.", authorId: editor.id }]);
  });

  it("leaves the memory as it was when the save's transaction rolls back", async () => {
    const sentence = await newSentence("Kahn spoke.");
    await expect(
      db.$transaction(async (tx) => {
        await writeRevisionIn(tx, { actor: editor, sentenceId: sentence.id, version: sentence.version, kind: "EDIT", text: "Khan spoke." });
        throw new Error("a later step failed");
      }),
    ).rejects.toThrow("a later step failed");
    await memoryUpToDate();
    expect(await entries(sentence.id)).toEqual([]);
  });

  it("redoes, after a restart, what a crash between a save and its memory left out", async () => {
    const sentence = await newSentence("Kahn arrived.");
    // As a process that died before its flush would leave it: the text saved, no memory entry.
    await db.sentence.update({ where: { id: sentence.id }, data: { text: "Khan arrived.", version: 2 } });
    await db.revision.create({ data: { sentenceId: sentence.id, articleId: sentence.articleId, kind: "EDIT", text: "Khan arrived.", status: "EDITED", version: 2, authorId: editor.id } });
    expect(await entries(sentence.id)).toEqual([]);

    vi.resetModules();
    delete (globalThis as typeof globalThis & { redlineMemoryQueue?: unknown }).redlineMemoryQueue;
    const restarted = await import("./pending-corrections");
    await restarted.memoryUpToDate();
    expect(await entries(sentence.id)).toEqual([{ correction: "Khan arrived.", authorId: editor.id }]);
  });
});
