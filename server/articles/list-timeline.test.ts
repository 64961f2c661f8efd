import { beforeAll, describe, expect, it } from "vitest";
import { parsePlainText } from "@/lib/import/text";
import { useThrowawayDatabase } from "@/tests/support/test-database";

useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importDocument } = await import("@/server/articles/import-article");
const { updateSentence } = await import("@/server/sentences/update-sentence");
const { listTimeline } = await import("./list-timeline");

const eddie = { id: 0, email: "ed@test", name: "Eddie", role: "EDITOR" as const };
const rosa = { id: 0, email: "ro@test", name: "Rosa", role: "EDITOR" as const };
let articleId = 0;

beforeAll(async () => {
  for (const actor of [eddie, rosa]) actor.id = (await db.user.create({ data: { email: actor.email, name: actor.name, role: actor.role, passwordHash: "x" } })).id;
  articleId = await importDocument({ actor: eddie, doc: parsePlainText("Imran Kahn spoke. The crisis humanitarian grew.", { titleFromFirstLine: false }) });
  const [kahn, crisis] = await db.sentence.findMany({ where: { articleId }, orderBy: { position: "asc" } });
  await updateSentence({ actor: eddie, sentenceId: kahn.id, text: "Imran Khan spoke.", version: 1 });
  await updateSentence({ actor: rosa, sentenceId: crisis.id, text: "The humanitarian crisis grew.", version: 1 });
  await updateSentence({ actor: rosa, sentenceId: kahn.id, text: "Imran Khan spoke on Tuesday.", version: 2 });
  await updateSentence({ actor: eddie, sentenceId: kahn.id, text: "Imran Khan spoke on Monday.", version: 3 });
});

describe("an article's timeline", () => {
  it("shows each revision with the text it replaced, newest first", async () => {
    const entries = await listTimeline({ articleId });
    expect(entries.map((e) => [e.kind, e.author.name, e.previousText, e.text])).toEqual([
      ["EDIT", "Eddie", "Imran Khan spoke on Tuesday.", "Imran Khan spoke on Monday."],
      ["EDIT", "Rosa", "Imran Khan spoke.", "Imran Khan spoke on Tuesday."],
      ["EDIT", "Rosa", "The crisis humanitarian grew.", "The humanitarian crisis grew."],
      ["EDIT", "Eddie", "Imran Kahn spoke.", "Imran Khan spoke."],
      ["IMPORT", "Eddie", "", "The crisis humanitarian grew."],
      ["IMPORT", "Eddie", "", "Imran Kahn spoke."],
    ]);
  });

  it("finds the replaced text even when the revision before is another author's, filtered out", async () => {
    const entries = await listTimeline({ articleId, authorId: rosa.id });
    expect(entries.map((e) => [e.previousText, e.text])).toEqual([
      ["Imran Khan spoke.", "Imran Khan spoke on Tuesday."],
      ["The crisis humanitarian grew.", "The humanitarian crisis grew."],
    ]);
  });
});
