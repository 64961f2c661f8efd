import { beforeAll, describe, expect, it } from "vitest";
import { parsePlainText } from "@/lib/import/text";
import { useThrowawayDatabase } from "@/tests/support/test-database";

useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importDocument } = await import("@/server/articles/import-article");
const { updateSentence } = await import("@/server/sentences/update-sentence");
const { listArticles } = await import("./list-articles");

const editor = { id: 0, email: "ed@test", name: "Eddie", role: "EDITOR" as const };
const other = { id: 0, email: "ro@test", name: "Rosa", role: "EDITOR" as const };
let first = 0;
let second = 0;

beforeAll(async () => {
  for (const actor of [editor, other]) {
    actor.id = (await db.user.create({ data: { email: actor.email, name: actor.name, role: actor.role, passwordHash: "x" } })).id;
  }
  first = await importDocument({ actor: editor, doc: parsePlainText("First\n\nImran Kahn spoke. The crisis humanitarian.", { titleFromFirstLine: true }) });
  second = await importDocument({ actor: editor, doc: parsePlainText("Second\n\nA sentence. Another one.", { titleFromFirstLine: true }) });
  const sentence = await db.sentence.findFirstOrThrow({ where: { articleId: first, sourceText: "Imran Kahn spoke." } });
  await updateSentence({ actor: other, sentenceId: sentence.id, text: "Imran Khan spoke.", version: 1 });
});

describe("the article list", () => {
  // The title is the first sentence: three sentences each.
  it("gives each article its own last change and progress", async () => {
    const byId = new Map((await listArticles()).map((article) => [article.id, article]));
    expect(byId.get(first)).toMatchObject({ title: "First", sentenceCount: 3, editedCount: 1, percentEdited: 33, lastChange: { by: "Rosa" } });
    expect(byId.get(second)).toMatchObject({ title: "Second", sentenceCount: 3, editedCount: 0, percentEdited: 0, lastChange: { by: "Eddie" } });
  });

  it("lists the newest first and keeps to the limit", async () => {
    expect((await listArticles(1)).map((article) => article.id)).toEqual([second]);
  });
});
