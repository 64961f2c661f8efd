// Child process of sqlite-durability.test.ts: saves sentences through the app's own write path as fast
// as it can, 8 writers at once, and prints "ack <sentenceId> <version>" after each save is committed.
// The test kills it with SIGKILL mid-burst and then looks for every acknowledged save in the database.
import { parsePlainText } from "@/lib/import/text";
import { importDocument } from "@/server/articles/import-article";
import { db } from "@/server/db";
import { updateSentence } from "@/server/sentences/update-sentence";

const user = await db.user.create({ data: { email: "burst@test", name: "Burst", role: "EDITOR", passwordHash: "x" } });
const actor = { id: user.id, email: user.email, name: user.name, role: "EDITOR" as const };
const text = Array.from({ length: 8 }, (_, i) => `Sentence number ${i + 1} of the burst.`).join(" ");
const articleId = await importDocument({ actor, doc: parsePlainText(text, { titleFromFirstLine: false }), title: "Burst" });
const sentences = await db.sentence.findMany({ where: { articleId }, select: { id: true, version: true } });
console.log("ready");
await Promise.all(
  sentences.map(async (sentence) => {
    for (let round = 1; ; round++) {
      const saved = await updateSentence({ actor, sentenceId: sentence.id, version: sentence.version, text: `Saved ${round} times.` });
      sentence.version = saved.version;
      process.stdout.write(`ack ${sentence.id} ${saved.version}\n`);
    }
  }),
);
