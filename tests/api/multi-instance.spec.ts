import type { RevisionView } from "../../lib/api-types";
import type { LiveEventView } from "../../lib/live-events";
import { openEventStream } from "../support/event-stream-reader";
import { startSecondInstance, type Instance } from "../support/second-instance";
import { testBaseUrl } from "../support/users";
import { createToken, expect, importArticle, test } from "./client";

// Two app instances on one PostgreSQL database (npm run test:pg); events cross instances through NOTIFY.
// SQLite is one instance's embedded file, so these are skipped there.

const postgres = process.env.TEST_DATABASE === "postgresql";
test.skip(!postgres, "several instances need PostgreSQL (npm run test:pg)");
test.describe.configure({ mode: "serial" });

let second: Instance;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  second = await startSecondInstance();
});
test.afterAll(async () => {
  await second?.kill();
});

test("a save on one instance reaches a stream on the other", async ({ as }) => {
  const editor = await as("editor");
  const article = await importArticle(editor);
  const { token } = await createToken(editor);
  const auth = { Authorization: `Bearer ${token}` };
  const stream = await openEventStream(`${second.url}/api/v1/articles/${article.id}/events`, auth);
  try {
    expect(stream.status).toBe(200);
    const [first] = article.sentences;
    const saved = await fetch(`${testBaseUrl}/api/v1/sentences/${first.id}`, {
      method: "PATCH",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ text: "Across instances.", version: 1 }),
    });
    expect(saved.status).toBe(200);
    const event = JSON.parse((await stream.next((m) => m.event === "sentence", 5000)).data) as LiveEventView;
    expect(event).toMatchObject({ sentenceId: first.id, version: 2, sentence: { text: "Across instances." } });
  } finally {
    stream.close();
  }
});

test("30 writers on two instances, 10 sentences, 20 s: every acknowledged write is in the history, versions strictly increase, no 500", async ({ as }) => {
  test.setTimeout(120_000);
  const editor = await as("editor");
  const text = Array.from({ length: 10 }, (_, i) => `Sentence number ${i + 1} is here.`).join(" ");
  const article = await importArticle(editor, text);
  expect(article.sentences).toHaveLength(10);
  const { token } = await createToken(editor);
  const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  const known = new Map(article.sentences.map((s) => [s.id, s.version]));
  const acknowledged: Array<{ id: number; version: number; text: string }> = [];
  const statuses = new Map<number, number>();
  const until = Date.now() + 20_000;

  await Promise.all(
    Array.from({ length: 30 }, async (_, writer) => {
      const base = writer % 2 === 0 ? testBaseUrl : second.url;
      for (let n = 0; Date.now() < until; n++) {
        const id = article.sentences[(writer + n) % 10].id;
        const body = { text: `Writer ${writer} write ${n}.`, version: known.get(id) ?? 1 };
        const response = await fetch(`${base}/api/v1/sentences/${id}`, { method: "PATCH", headers, body: JSON.stringify(body) });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const answer = (await response.json()) as { version?: number; current?: { version: number } };
        if (response.status === 200 && answer.version) {
          acknowledged.push({ id, version: answer.version, text: body.text });
          known.set(id, Math.max(known.get(id) ?? 0, answer.version));
        } else if (response.status === 409 && answer.current) {
          known.set(id, Math.max(known.get(id) ?? 0, answer.current.version));
        }
      }
    }),
  );

  expect([...statuses.keys()].filter((status) => status !== 200 && status !== 409), JSON.stringify([...statuses])).toEqual([]);
  expect(acknowledged.length).toBeGreaterThan(20);
  for (const s of article.sentences) {
    const response = await editor.get(`/api/v1/sentences/${s.id}/revisions`);
    const { revisions } = (await response.json()) as { revisions: RevisionView[] };
    const versions = revisions.map((r) => r.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    for (const write of acknowledged.filter((w) => w.id === s.id)) {
      expect(revisions.find((r) => r.version === write.version)?.text, `${s.id} v${write.version}`).toBe(write.text);
    }
  }
});
