import type { APIRequestContext } from "@playwright/test";
import type { LiveEventView, PresenceView } from "../../lib/live-events";
import { openEventStream, type EventStreamReader, type StreamMessage } from "../support/event-stream-reader";
import { testBaseUrl, testUsers } from "../support/users";
import { createToken, editSentence, expect, expectError, expectJson, importArticle, test, type SentenceView } from "./client";

const eventsUrl = (articleId: number) => `${testBaseUrl}/api/v1/articles/${articleId}/events`;

async function streamAs(api: APIRequestContext, articleId: number, lastEventId?: string): Promise<EventStreamReader> {
  const { token } = await createToken(api);
  const stream = await openEventStream(eventsUrl(articleId), {
    Authorization: `Bearer ${token}`,
    ...(lastEventId ? { "Last-Event-ID": lastEventId } : {}),
  });
  expect(stream.status).toBe(200);
  expect(stream.headers.get("content-type")).toContain("text/event-stream");
  return stream;
}

const parsed = (message: StreamMessage) => JSON.parse(message.data) as LiveEventView;
const aboutSentence = (id: number) => (message: StreamMessage) => message.event === "sentence" && parsed(message).sentenceId === id;

test.describe("GET /api/v1/articles/:id/events", () => {
  test("a viewer's stream gets an editor's save with the new text, version and author, and nothing of other articles", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor);
    const other = await importArticle(editor);
    const stream = await streamAs(await as("viewer"), article.id);
    try {
      const [first] = article.sentences;
      await expectJson<SentenceView>(await editSentence(editor, other.sentences[0].id, "Elsewhere.", 1), 200);
      await expectJson<SentenceView>(await editSentence(editor, first.id, "Seen live.", 1), 200);
      const event = parsed(await stream.next(aboutSentence(first.id)));
      expect(event).toMatchObject({
        articleId: article.id,
        type: "sentence",
        action: "EDIT",
        sentenceId: first.id,
        version: 2,
        by: { name: testUsers.editor.name },
        sentence: { id: first.id, text: "Seen live.", version: 2 },
      });
      expect(stream.seen.map((message) => parsed(message).articleId)).toEqual([article.id]);
    } finally {
      stream.close();
    }
  });

  test("resumes after Last-Event-ID with exactly the events it missed, in order", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor);
    const [a, b] = article.sentences;
    const first = await streamAs(editor, article.id);
    await expectJson(await editSentence(editor, a.id, "One.", 1), 200);
    const seen = await first.next(aboutSentence(a.id));
    first.close();
    expect(seen.id).toMatch(/^\d+$/);

    await expectJson(await editSentence(editor, a.id, "Two.", 2), 200);
    await expectJson(await editSentence(editor, b.id, "Three.", 1), 200);
    const resumed = await streamAs(editor, article.id, seen.id ?? undefined);
    try {
      const missed = [parsed(await resumed.next()), parsed(await resumed.next())];
      expect(missed.map((event) => [event.sentenceId, event.version])).toEqual([
        [a.id, 3],
        [b.id, 2],
      ]);
      expect(missed[0].id).toBeGreaterThan(Number(seen.id));
    } finally {
      resumed.close();
    }
  });

  test("comments, confirmations and workflow moves are events too", async ({ as }) => {
    const editor = await as("editor");
    const reviewer = await as("reviewer");
    const article = await importArticle(editor);
    const [first] = article.sentences;
    const stream = await streamAs(editor, article.id);
    try {
      const comment = await expectJson<{ id: number }>(await editor.post(`/api/v1/sentences/${first.id}/comments`, { data: { body: "Check this name." } }), 201);
      expect(parsed(await stream.next((m) => m.event === "comment"))).toMatchObject({ action: "added", sentenceId: first.id, targetId: comment.id });
      await expectJson(await reviewer.post(`/api/v1/sentences/${first.id}/confirm`, { data: { version: 1 } }), 200);
      expect(parsed(await stream.next(aboutSentence(first.id)))).toMatchObject({ action: "CONFIRM", version: 2, by: { name: testUsers.reviewer.name } });
      await expectJson(await editor.post(`/api/v1/articles/${article.id}/transition`, { data: { from: "IN_PROGRESS", to: "IN_REVIEW" } }), 200);
      expect(parsed(await stream.next((m) => m.event === "workflow"))).toMatchObject({ action: "moved" });
    } finally {
      stream.close();
    }
  });

  test("signed out is 401, an unknown article 404, and no event leaks in the error", async ({ anonymous, as }) => {
    const article = await importArticle(await as("editor"));
    await expectError(await (await anonymous()).get(`/api/v1/articles/${article.id}/events`), 401, "unauthorized");
    await expectError(await (await as("viewer")).get("/api/v1/articles/999999999/events"), 404, "not_found");
    await expectError(await (await as("viewer")).get("/api/v1/articles/abc/events"), 404, "not_found");
  });

  test("one person may hold a bounded number of streams; closing one frees a place", async ({ as }) => {
    const article = await importArticle(await as("editor"));
    const api = await as("editor2");
    const { token } = await createToken(api);
    const open: EventStreamReader[] = [];
    try {
      for (let i = 0; i < 8; i++) {
        const stream = await openEventStream(eventsUrl(article.id), { Authorization: `Bearer ${token}` });
        expect(stream.status).toBe(200);
        open.push(stream);
      }
      const refused = await fetch(eventsUrl(article.id), { headers: { Authorization: `Bearer ${token}` } });
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("too_many_requests");
      open.pop()?.close();
      await expect
        .poll(async () => {
          const again = await openEventStream(eventsUrl(article.id), { Authorization: `Bearer ${token}` });
          if (again.status === 200) open.push(again);
          return again.status;
        })
        .toBe(200);
    } finally {
      for (const stream of open) stream.close();
    }
  });
});

test.describe("/api/v1/articles/:id/presence", () => {
  test("a heartbeat shows who is in which sentence to everyone; leaving removes it", async ({ as }) => {
    const editor = await as("editor");
    const viewer = await as("viewer");
    const article = await importArticle(editor);
    const tabId = `tab-${Date.now()}`;
    const url = `/api/v1/articles/${article.id}/presence`;
    const mine = await expectJson<{ presence: PresenceView[] }>(await editor.put(url, { data: { tabId, sentenceId: article.sentences[1].id } }), 200);
    expect(mine.presence).toEqual([expect.objectContaining({ name: testUsers.editor.name, tabId, sentenceId: article.sentences[1].id })]);
    const seen = await expectJson<{ presence: PresenceView[] }>(await viewer.get(url), 200);
    expect(seen.presence.map((p) => [p.name, p.sentenceId])).toEqual([[testUsers.editor.name, article.sentences[1].id]]);

    await expectJson(await editor.put(url, { data: { tabId, sentenceId: null } }), 200);
    expect((await expectJson<{ presence: PresenceView[] }>(await viewer.get(url), 200)).presence[0].sentenceId).toBeNull();

    expect((await editor.delete(`${url}?tabId=${tabId}`)).status()).toBe(204);
    expect((await expectJson<{ presence: PresenceView[] }>(await viewer.get(url), 200)).presence).toEqual([]);
  });

  test("bad input is refused and stores nothing", async ({ as, anonymous }) => {
    const editor = await as("editor");
    const article = await importArticle(editor);
    const other = await importArticle(editor);
    const url = `/api/v1/articles/${article.id}/presence`;
    await expectError(await editor.put(url, { data: { tabId: "x" } }), 400, "bad_request");
    await expectError(await editor.put(url, { data: { tabId: "tab-12345678", sentenceId: "one" } }), 400, "bad_request");
    await expectError(await editor.put(url, { data: { tabId: "tab-12345678", sentenceId: other.sentences[0].id } }), 422, "unprocessable");
    await expectError(await editor.put("/api/v1/articles/999999999/presence", { data: { tabId: "tab-12345678" } }), 404, "not_found");
    await expectError(await (await anonymous()).put(url, { data: { tabId: "tab-12345678" } }), 401, "unauthorized");
    expect((await expectJson<{ presence: PresenceView[] }>(await editor.get(url), 200)).presence).toEqual([]);
  });
});
