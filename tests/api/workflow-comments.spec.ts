import type { APIRequestContext } from "@playwright/test";
import type { ArticleWorkflowView, AssignableUserView, CommentView } from "../../lib/api-types";
import { testUsers } from "../support/users";
import {
  type ArticleView,
  editSentence,
  expect,
  expectError,
  expectJson,
  expectUnchanged,
  importArticle,
  listArticles,
  revisionsOf,
  sentence,
  test,
  unique,
  userId,
} from "./client";

function transition(api: APIRequestContext, articleId: number, from: string, to: string, reason?: string) {
  return api.post(`/api/v1/articles/${articleId}/transition`, { data: { from, to, reason } });
}

async function moved(api: APIRequestContext, articleId: number, from: string, to: string, reason?: string): Promise<ArticleWorkflowView> {
  return expectJson<ArticleWorkflowView>(await transition(api, articleId, from, to, reason), 200);
}

async function article(api: APIRequestContext, id: number): Promise<ArticleView> {
  return expectJson<ArticleView>(await api.get(`/api/v1/articles/${id}`), 200);
}

async function comments(api: APIRequestContext, articleId: number): Promise<CommentView[]> {
  return (await expectJson<{ comments: CommentView[] }>(await api.get(`/api/v1/articles/${articleId}/comments`), 200)).comments;
}

function comment(api: APIRequestContext, sentenceId: number, body: string, parentId?: number) {
  return api.post(`/api/v1/sentences/${sentenceId}/comments`, { data: { body, parentId } });
}

test.describe("review workflow", () => {
  test("editor submits, reviewer approves, reopens with a reason; every move is an event", async ({ as }) => {
    const editor = await as("editor");
    const reviewer = await as("reviewer");
    const fresh = await importArticle(editor);
    expect(fresh).toMatchObject({ state: "IN_PROGRESS", editor: null, reviewer: null, openComments: 0 });

    await expectError(await transition(editor, fresh.id, "IN_PROGRESS", "APPROVED"), 422, "unprocessable");
    expect((await moved(editor, fresh.id, "IN_PROGRESS", "IN_REVIEW")).state).toBe("IN_REVIEW");
    await expectError(await transition(editor, fresh.id, "IN_REVIEW", "APPROVED"), 403, "forbidden");
    await expectError(await transition(editor, fresh.id, "IN_REVIEW", "IN_PROGRESS", "because"), 403, "forbidden");
    await moved(reviewer, fresh.id, "IN_REVIEW", "APPROVED");
    expect((await article(editor, fresh.id)).state).toBe("APPROVED");

    await expectError(await transition(editor, fresh.id, "APPROVED", "IN_PROGRESS", "please"), 403, "forbidden");
    await expectError(await transition(reviewer, fresh.id, "APPROVED", "IN_PROGRESS"), 400, "bad_request");
    await expectError(await transition(reviewer, fresh.id, "APPROVED", "IN_PROGRESS", "   "), 400, "bad_request");
    const reopened = await moved(reviewer, fresh.id, "APPROVED", "IN_PROGRESS", "The headline is wrong.");
    expect(reopened.state).toBe("IN_PROGRESS");
    expect(reopened.events.map(({ kind, fromState, toState, reason, author }) => ({ kind, fromState, toState, reason, author: author.name }))).toEqual([
      { kind: "SUBMIT", fromState: "IN_PROGRESS", toState: "IN_REVIEW", reason: null, author: testUsers.editor.name },
      { kind: "APPROVE", fromState: "IN_REVIEW", toState: "APPROVED", reason: null, author: testUsers.reviewer.name },
      { kind: "REOPEN", fromState: "APPROVED", toState: "IN_PROGRESS", reason: "The headline is wrong.", author: testUsers.reviewer.name },
    ]);
    // Anyone signed in reads the workflow.
    expect((await expectJson<ArticleWorkflowView>(await (await as("viewer")).get(`/api/v1/articles/${fresh.id}/transition`), 200)).events).toHaveLength(3);
  });

  test("viewers move nothing; reviewers send back with a reason; admins do anything", async ({ as }) => {
    const admin = await as("admin");
    const reviewer = await as("reviewer");
    const fresh = await importArticle(await as("editor"));
    await expectError(await transition(await as("viewer"), fresh.id, "IN_PROGRESS", "IN_REVIEW"), 403, "forbidden");
    await moved(reviewer, fresh.id, "IN_PROGRESS", "IN_REVIEW");
    await expectError(await transition(reviewer, fresh.id, "IN_REVIEW", "IN_PROGRESS"), 400, "bad_request");
    await moved(reviewer, fresh.id, "IN_REVIEW", "IN_PROGRESS", "Paragraph 2 needs work.");
    await moved(admin, fresh.id, "IN_PROGRESS", "IN_REVIEW");
    await moved(admin, fresh.id, "IN_REVIEW", "APPROVED");
    const last = await moved(admin, fresh.id, "APPROVED", "IN_PROGRESS", "Late correction.");
    expect(last.events.map((event) => event.kind)).toEqual(["SUBMIT", "SEND_BACK", "SUBMIT", "APPROVE", "REOPEN"]);
  });

  test("a stale `from` is a 409 and moves nothing", async ({ as }) => {
    const editor = await as("editor");
    const fresh = await importArticle(editor);
    await moved(editor, fresh.id, "IN_PROGRESS", "IN_REVIEW");
    // A second tab still showing "in progress" submits again.
    const body = await expectError(await transition(editor, fresh.id, "IN_PROGRESS", "IN_REVIEW"), 409, "conflict");
    expect(body).toMatchObject({ state: "IN_REVIEW" });
    const reviewer = await as("reviewer");
    await moved(reviewer, fresh.id, "IN_REVIEW", "APPROVED");
    await expectError(await transition(reviewer, fresh.id, "IN_REVIEW", "IN_PROGRESS", "too late"), 409, "conflict");
    const workflow = await expectJson<ArticleWorkflowView>(await editor.get(`/api/v1/articles/${fresh.id}/transition`), 200);
    expect(workflow).toMatchObject({ state: "APPROVED" });
    expect(workflow.events).toHaveLength(2);
    await expectError(await transition(editor, fresh.id, "IN_PROGRESS", "SHIPPED"), 400, "bad_request");
  });

  test("an approved article refuses every sentence write with a 409 until reopened", async ({ as }) => {
    const editor = await as("editor");
    const reviewer = await as("reviewer");
    const fresh = await importArticle(editor);
    const [first, second] = fresh.sentences;
    const edited = await expectJson<{ version: number }>(await editSentence(editor, first.id, "An early correction.", 1), 200);
    await moved(editor, fresh.id, "IN_PROGRESS", "IN_REVIEW");
    await moved(reviewer, fresh.id, "IN_REVIEW", "APPROVED");

    const before = await sentence(editor, first.id);
    const history = await revisionsOf(editor, first.id);
    const refused = await expectError(await editSentence(editor, first.id, "A sneaky change.", edited.version), 409, "conflict");
    expect(refused.error.message).toBe("This article is approved: reopen it to edit.");
    await expectError(await reviewer.post(`/api/v1/sentences/${first.id}/confirm`, { data: { version: edited.version } }), 409, "conflict");
    await expectError(await editor.post(`/api/v1/sentences/${first.id}/revert`, { data: { revisionId: history[0].id, version: edited.version } }), 409, "conflict");
    await expectError(await editor.post(`/api/v1/sentences/${first.id}/split`, { data: { offset: 3, version: edited.version } }), 409, "conflict");
    await expectError(
      await editor.post(`/api/v1/sentences/${first.id}/merge-next`, { data: { version: edited.version, nextVersion: second.version } }),
      409,
      "conflict",
    );
    await expectUnchanged(editor, before, history);
    expect((await article(editor, fresh.id)).sentences.map((s) => s.id)).toEqual(fresh.sentences.map((s) => s.id));

    await moved(reviewer, fresh.id, "APPROVED", "IN_PROGRESS", "One more fix.");
    expect((await expectJson<{ text: string }>(await editSentence(editor, first.id, "A fix after reopening.", edited.version), 200)).text).toBe(
      "A fix after reopening.",
    );
  });
});

test.describe("assignment and my work", () => {
  test("reviewers assign an editor and a reviewer; editors may not; the article and list show it", async ({ as }) => {
    const reviewer = await as("reviewer");
    const editor = await as("editor");
    const fresh = await importArticle(editor);
    const [editorId, reviewerId, viewerId] = await Promise.all([userId("editor"), userId("reviewer"), userId("viewer")]);

    const { users } = await expectJson<{ users: AssignableUserView[] }>(await (await as("viewer")).get("/api/v1/users/assignable"), 200);
    expect(users).toEqual(expect.arrayContaining([{ id: editorId, name: testUsers.editor.name, role: "EDITOR" }]));
    expect(Object.keys(users[0]).sort()).toEqual(["id", "name", "role"]);

    await expectError(await editor.patch(`/api/v1/articles/${fresh.id}/assignment`, { data: { editorId } }), 403, "forbidden");
    await expectError(await reviewer.patch(`/api/v1/articles/${fresh.id}/assignment`, { data: { reviewerId: editorId } }), 422, "unprocessable");
    await expectError(await reviewer.patch(`/api/v1/articles/${fresh.id}/assignment`, { data: { editorId: viewerId } }), 422, "unprocessable");
    await expectError(await reviewer.patch(`/api/v1/articles/${fresh.id}/assignment`, { data: {} }), 400, "bad_request");
    const assigned = await expectJson<ArticleWorkflowView>(
      await reviewer.patch(`/api/v1/articles/${fresh.id}/assignment`, { data: { editorId, reviewerId } }),
      200,
    );
    expect(assigned).toMatchObject({
      editor: { id: editorId, name: testUsers.editor.name },
      reviewer: { id: reviewerId, name: testUsers.reviewer.name },
    });
    expect(assigned.events).toEqual([expect.objectContaining({ kind: "ASSIGN", author: expect.objectContaining({ name: testUsers.reviewer.name }) })]);
    expect(await article(editor, fresh.id)).toMatchObject({ editor: { id: editorId }, reviewer: { id: reviewerId } });

    const cleared = await expectJson<ArticleWorkflowView>(await reviewer.patch(`/api/v1/articles/${fresh.id}/assignment`, { data: { reviewerId: null } }), 200);
    expect(cleared).toMatchObject({ editor: { id: editorId }, reviewer: null });
    const listed = (await listArticles(editor)).find((summary) => summary.id === fresh.id);
    expect(listed).toMatchObject({ state: "IN_PROGRESS", openComments: 0, editorId });
  });
});

test.describe("sentence comments", () => {
  test("an editor comments, a reviewer replies and resolves; the open count follows", async ({ as }) => {
    const editor = await as("editor");
    const reviewer = await as("reviewer");
    const fresh = await importArticle(editor);
    const [first, second] = fresh.sentences;
    const body = unique("Is this the right term?");

    const started = await expectJson<CommentView>(await comment(editor, first.id, `  ${body}  `), 201);
    expect(started).toMatchObject({ sentenceId: first.id, articleId: fresh.id, parentId: null, body, author: { name: testUsers.editor.name }, resolvedAt: null });
    const reply = await expectJson<CommentView>(await comment(reviewer, first.id, "Yes, keep it.", started.id), 201);
    expect(reply.parentId).toBe(started.id);
    // A reply to a reply joins the same thread.
    expect((await expectJson<CommentView>(await comment(editor, first.id, "Thanks.", reply.id), 201)).parentId).toBe(started.id);
    await expectError(await comment(editor, second.id, "Wrong sentence.", started.id), 422, "unprocessable");
    await expectJson<CommentView>(await comment(editor, second.id, "Another thread."), 201);
    expect((await article(editor, fresh.id)).openComments).toBe(2);

    const resolved = await expectJson<CommentView>(await reviewer.post(`/api/v1/comments/${reply.id}/resolve`, { data: { resolved: true } }), 200);
    expect(resolved).toMatchObject({ id: started.id, resolvedBy: { name: testUsers.reviewer.name } });
    expect(resolved.resolvedAt).not.toBeNull();
    expect((await article(editor, fresh.id)).openComments).toBe(1);
    expect((await listArticles(editor)).find((summary) => summary.id === fresh.id)?.openComments).toBe(1);

    await expectJson<CommentView>(await editor.post(`/api/v1/comments/${started.id}/resolve`, { data: { resolved: false } }), 200);
    const all = await comments(await as("viewer"), fresh.id);
    expect(all.map((c) => [c.body, c.parentId])).toEqual([
      [body, null],
      ["Yes, keep it.", started.id],
      ["Thanks.", started.id],
      ["Another thread.", null],
    ]);
    expect(all[0]).toMatchObject({ resolvedAt: null, resolvedBy: null });
  });

  test("viewers read but do not write; bodies are checked and kept as plain text", async ({ as }) => {
    const editor = await as("editor");
    const fresh = await importArticle(editor);
    const [first] = fresh.sentences;
    const viewer = await as("viewer");
    await expectError(await comment(viewer, first.id, "Hello"), 403, "forbidden");
    await expectError(await comment(editor, first.id, "   "), 400, "bad_request");
    await expectError(await comment(editor, first.id, "x".repeat(5001)), 400, "bad_request");
    await expectError(await comment(editor, 999999999, "Nobody home"), 404, "not_found");
    await expectError(await viewer.get("/api/v1/articles/999999999/comments"), 404, "not_found");
    // The article page reads its comments without asking again whether the article exists: its head does.
    expect((await viewer.get("/articles/999999999")).status()).toBe(404);
    await expectError(await editor.post("/api/v1/comments/999999999/resolve", { data: { resolved: true } }), 404, "not_found");
    expect((await expectJson<CommentView>(await comment(editor, first.id, "x".repeat(5000)), 201)).body).toHaveLength(5000);

    const hostile = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;
    const created = await expectJson<CommentView>(await comment(editor, first.id, hostile), 201);
    expect(created.body).toBe(hostile);
    expect((await comments(viewer, fresh.id)).at(-1)?.body).toBe(hostile);

    const exported = await viewer.get(`/api/v1/articles/${fresh.id}/export?format=json`);
    expect(exported.status()).toBe(200);
    const bundle = (await exported.json()) as { comments: CommentView[] };
    expect(bundle.comments.map((c) => c.body)).toEqual(["x".repeat(5000), hostile]);
  });

  test("an approved article takes no new comments until reopened", async ({ as }) => {
    const editor = await as("editor");
    const reviewer = await as("reviewer");
    const fresh = await importArticle(editor);
    const [first] = fresh.sentences;
    const started = await expectJson<CommentView>(await comment(editor, first.id, "Check the date."), 201);
    await moved(editor, fresh.id, "IN_PROGRESS", "IN_REVIEW");
    await moved(reviewer, fresh.id, "IN_REVIEW", "APPROVED");
    await expectError(await comment(editor, first.id, "Too late?"), 409, "conflict");
    await expectError(await reviewer.post(`/api/v1/comments/${started.id}/resolve`, { data: { resolved: true } }), 409, "conflict");
    expect(await comments(editor, fresh.id)).toHaveLength(1);
  });
});
