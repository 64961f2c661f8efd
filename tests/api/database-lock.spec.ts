import Database from "better-sqlite3";
import path from "node:path";
import { testPort } from "../support/users";
import { createToken, editSentence, expect, expectJson, importArticle, test, type SentenceView, type TokenView } from "./client";

// Another process (a backup, the CLI) holding SQLite's write lock for 7 s: requests wait for it and
// then succeed (the busy timeout is 30 s); nothing answers 500. Bearer requests write lastUsedAt, the
// write that used to fail with P1008.
const dbFile = path.join(process.cwd(), "data", `test-${testPort}`, "test.db");

test("requests wait for another connection's 7-second write lock and then succeed", async ({ as, anonymous }) => {
  test.skip(process.env.TEST_DATABASE === "postgresql", "SQLite's file lock; PostgreSQL locks rows");
  test.setTimeout(120_000);
  const editor = await as("editor");
  const article = await importArticle(editor);
  const { token, id: tokenId } = await createToken(editor);
  const bearer = await anonymous(token);
  const [first, second] = article.sentences;

  const other = new Database(dbFile, { timeout: 30_000 });
  expect(other.pragma("journal_mode", { simple: true })).toBe("wal");
  other.exec("BEGIN IMMEDIATE");
  const lockedAt = Date.now();
  let released = 0;
  try {
    other.prepare(`UPDATE "Article" SET "title" = "title" WHERE "id" = ?`).run(article.id);
    const requests = Promise.all([
      editSentence(bearer, first.id, "Saved while another process held the lock.", 1),
      editSentence(editor, second.id, "Saved by a session meanwhile.", 1),
      bearer.get(`/api/v1/articles/${article.id}`),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    other.exec("COMMIT");
    released = Date.now();
    const [saved, savedBySession, read] = await requests;
    const view = await expectJson<SentenceView>(saved, 200);
    expect(view).toMatchObject({ version: 2, text: "Saved while another process held the lock." });
    expect((await expectJson<SentenceView>(savedBySession, 200)).version).toBe(2);
    expect(read.status()).toBe(200);
    // The writes did wait for the lock (they could not commit before it was released).
    const written = other.prepare(`SELECT "updatedAt" FROM "Sentence" WHERE "id" = ?`).get(first.id) as { updatedAt: number | string };
    expect(new Date(written.updatedAt).getTime()).toBeGreaterThanOrEqual(lockedAt + 6_000);
  } finally {
    if (!released && other.inTransaction) other.exec("ROLLBACK");
    other.close();
  }
  const { tokens } = await expectJson<{ tokens: TokenView[] }>(await editor.get("/api/v1/tokens"), 200);
  expect(tokens.find((t) => t.id === tokenId)?.lastUsedAt).not.toBeNull();
});
