import type { APIRequestContext, APIResponse } from "@playwright/test";
import { testUsers } from "../support/users";
import {
  type SentenceView,
  editSentence,
  expect,
  expectError,
  expectJson,
  editedSentence,
  expectUnchanged,
  freshSentence,
  revisionsOf,
  sentence,
  test,
} from "./client";

function confirm(api: APIRequestContext, id: number, version: number): Promise<APIResponse> {
  return api.post(`/api/v1/sentences/${id}/confirm`, { data: { version } });
}

function revert(api: APIRequestContext, id: number, revisionId: number, version: number): Promise<APIResponse> {
  return api.post(`/api/v1/sentences/${id}/revert`, { data: { revisionId, version } });
}

test.describe("PATCH /api/v1/sentences/:id", () => {
  test("an edit is saved, bumps the version and is in the revisions", async ({ as }) => {
    const editor = await as("editor");
    const { first, revisions } = await freshSentence(editor);
    expect(revisions.map((r) => [r.kind, r.version, r.text, r.status])).toEqual([["IMPORT", 1, first.text, "UNTOUCHED"]]);

    const edited = await expectJson<SentenceView>(await editSentence(editor, first.id, "  A corrected sentence.  ", 1), 200);
    expect(edited).toMatchObject({
      id: first.id,
      text: "A corrected sentence.",
      sourceText: first.text,
      status: "EDITED",
      version: 2,
      lastChange: { kind: "EDIT", author: { email: testUsers.editor.email } },
    });
    expect(await sentence(await as("viewer"), first.id)).toEqual(edited);
    const after = await revisionsOf(editor, first.id);
    expect(after.map((r) => [r.kind, r.version, r.text, r.status, r.author.email])).toEqual([
      ["IMPORT", 1, first.text, "UNTOUCHED", testUsers.editor.email],
      ["EDIT", 2, "A corrected sentence.", "EDITED", testUsers.editor.email],
    ]);
  });

  test("editing back to the MT text makes it UNTOUCHED again; the same text again adds no revision", async ({ as }) => {
    const editor = await as("editor");
    const { first } = await freshSentence(editor);
    await expectJson(await editSentence(editor, first.id, "Something else.", 1), 200);
    const back = await expectJson<SentenceView>(await editSentence(editor, first.id, first.text, 2), 200);
    expect(back).toMatchObject({ text: first.text, status: "UNTOUCHED", version: 3 });
    const same = await expectJson<SentenceView>(await editSentence(editor, first.id, first.text, 3), 200);
    expect(same.version).toBe(3);
    expect((await revisionsOf(editor, first.id)).map((r) => r.kind)).toEqual(["IMPORT", "EDIT", "EDIT"]);
  });

  test("a stale version is a 409 carrying the other person's text; nothing is overwritten", async ({ as }) => {
    const eddie = await as("editor");
    const erin = await as("editor2");
    // Both open version 1; Eddie saves first.
    const { first, saved, revisions } = await editedSentence(eddie, "Eddie's correction.");

    const body = await expectError(await editSentence(erin, first.id, "Erin's correction.", 1), 409, "conflict");
    expect(body.error.message).toContain(testUsers.editor.name);
    expect(body.current).toMatchObject({
      id: first.id,
      text: "Eddie's correction.",
      version: 2,
      status: "EDITED",
      lastChange: { kind: "EDIT", author: { email: testUsers.editor.email, name: testUsers.editor.name } },
    });
    await expectUnchanged(erin, saved, revisions);

    // With the current version Erin's save goes through.
    const erinSaved = await expectJson<SentenceView>(await editSentence(erin, first.id, "Erin's correction.", 2), 200);
    expect(erinSaved).toMatchObject({ version: 3, lastChange: { author: { email: testUsers.editor2.email } } });
  });

  test("a version from the future is a 409 too", async ({ as }) => {
    const editor = await as("editor");
    const { first, revisions } = await freshSentence(editor);
    const body = await expectError(await editSentence(editor, first.id, "Too new.", 5), 409, "conflict");
    expect(body.current).toMatchObject({ text: first.text, version: 1 });
    await expectUnchanged(editor, first, revisions);
  });

  test("concurrent saves from the same version: exactly one wins, the other gets 409", async ({ as }) => {
    const eddie = await as("editor");
    const erin = await as("editor2");
    const { first } = await freshSentence(eddie);
    const responses = await Promise.all([
      editSentence(eddie, first.id, "Eddie races.", 1),
      editSentence(erin, first.id, "Erin races.", 1),
    ]);
    expect(responses.map((r) => r.status()).sort()).toEqual([200, 409]);
    const revisions = await revisionsOf(eddie, first.id);
    expect(revisions.map((r) => r.kind)).toEqual(["IMPORT", "EDIT"]);
    const winner = (await sentence(eddie, first.id)).text;
    expect(["Eddie races.", "Erin races."]).toContain(winner);
    expect(revisions[1].text).toBe(winner);
  });

  const badBodies: [string, string][] = [
    ["text is a number", JSON.stringify({ text: 42, version: 1 })],
    ["version is a string", JSON.stringify({ text: "New text.", version: "1" })],
    ["version is a fraction", JSON.stringify({ text: "New text.", version: 1.5 })],
    ["version is zero", JSON.stringify({ text: "New text.", version: 0 })],
    ["version is missing", JSON.stringify({ text: "New text." })],
    ["text is missing", JSON.stringify({ version: 1 })],
    ["text is null", JSON.stringify({ text: null, version: 1 })],
    ["text over 10 000 characters", JSON.stringify({ text: "x".repeat(10_001), version: 1 })],
    ["an array", JSON.stringify([{ text: "New text.", version: 1 }])],
    ["a bare string", JSON.stringify("New text.")],
    ["malformed JSON", '{"text": "New text.", "version": 1'],
    ["an empty body", ""],
    ["JSON with a trailing comma", '{"text": "New text.", "version": 1,}'],
  ];
  for (const [what, raw] of badBodies) {
    test(`a bad body (${what}) is 400 and changes nothing`, async ({ as }) => {
      const editor = await as("editor");
      const { first, revisions } = await freshSentence(editor);
      const response = await editor.patch(`/api/v1/sentences/${first.id}`, { data: Buffer.from(raw), headers: { "Content-Type": "application/json" } });
      const body = await expectError(response, 400, "bad_request");
      if (what === "malformed JSON") expect(body.error.message).toMatch(/JSON/);
      await expectUnchanged(editor, first, revisions);
    });
  }

  for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
    test(`a body sent as ${JSON.stringify(type)} is 415 and changes nothing`, async ({ as }) => {
      const editor = await as("editor");
      const { first, revisions } = await freshSentence(editor);
      const response = await editor.patch(`/api/v1/sentences/${first.id}`, {
        data: Buffer.from(JSON.stringify({ text: "New text.", version: 1 })),
        headers: { "Content-Type": type },
      });
      const body = await expectError(response, 415, "unsupported_media_type");
      expect(body.error.message).toContain("application/json");
      await expectUnchanged(editor, first, revisions);
    });
  }

  test("a body over 64 KB is 413 and changes nothing", async ({ as }) => {
    const editor = await as("editor");
    const { first, revisions } = await freshSentence(editor);
    const data = { text: "New text.", version: 1, padding: "p".repeat(65 * 1024) };
    const body = await expectError(await editor.patch(`/api/v1/sentences/${first.id}`, { data }), 413, "payload_too_large");
    expect(body.error.message).toContain("64 KB");
    await expectUnchanged(editor, first, revisions);
  });

  test("a viewer may not edit (403); without a session it is 401; a bad bearer token is 401", async ({ as, anonymous }) => {
    const editor = await as("editor");
    const { first, revisions } = await freshSentence(editor);
    const forbidden = await expectError(await editSentence(await as("viewer"), first.id, "Viewer text.", 1), 403, "forbidden");
    expect(forbidden.error.message).toContain("viewer");
    await expectError(await editSentence(await anonymous(), first.id, "Nobody's text.", 1), 401, "unauthorized");
    await expectError(await editSentence(await anonymous("rl_not-a-real-token"), first.id, "Forged text.", 1), 401, "unauthorized");
    await expectUnchanged(editor, first, revisions);
  });

  for (const id of ["999999999", "abc", "1e3", "-5"]) {
    test(`an unknown sentence (${id}) is 404 for every sentence route`, async ({ as }) => {
      const admin = await as("admin");
      await expectError(await admin.get(`/api/v1/sentences/${id}`), 404, "not_found");
      await expectError(await admin.patch(`/api/v1/sentences/${id}`, { data: { text: "Text.", version: 1 } }), 404, "not_found");
      await expectError(await admin.post(`/api/v1/sentences/${id}/confirm`, { data: { version: 1 } }), 404, "not_found");
      await expectError(await admin.get(`/api/v1/sentences/${id}/revisions`), 404, "not_found");
      await expectError(await admin.post(`/api/v1/sentences/${id}/revert`, { data: { revisionId: 1, version: 1 } }), 404, "not_found");
    });
  }
});

test.describe("POST /api/v1/sentences/:id/confirm", () => {
  test("an editor may not confirm (403); a reviewer may, and it is in the revisions", async ({ as }) => {
    const editor = await as("editor");
    const { first, revisions } = await freshSentence(editor);
    const forbidden = await expectError(await confirm(editor, first.id, 1), 403, "forbidden");
    expect(forbidden.error.message).toContain("editor");
    await expectError(await confirm(await as("viewer"), first.id, 1), 403, "forbidden");
    await expectUnchanged(editor, first, revisions);

    const reviewer = await as("reviewer");
    const confirmed = await expectJson<SentenceView>(await confirm(reviewer, first.id, 1), 200);
    expect(confirmed).toMatchObject({
      text: first.text,
      status: "CONFIRMED",
      version: 2,
      lastChange: { kind: "CONFIRM", author: { email: testUsers.reviewer.email } },
    });
    expect((await revisionsOf(editor, first.id)).map((r) => [r.kind, r.status, r.author.email])).toEqual([
      ["IMPORT", "UNTOUCHED", testUsers.editor.email],
      ["CONFIRM", "CONFIRMED", testUsers.reviewer.email],
    ]);
  });

  test("confirming twice adds one revision; an edit after confirming needs confirming again", async ({ as }) => {
    const admin = await as("admin");
    const { first } = await freshSentence(admin);
    await expectJson(await confirm(admin, first.id, 1), 200);
    const again = await expectJson<SentenceView>(await confirm(admin, first.id, 2), 200);
    expect(again).toMatchObject({ status: "CONFIRMED", version: 2 });
    const edited = await expectJson<SentenceView>(await editSentence(admin, first.id, "Changed after confirming.", 2), 200);
    expect(edited.status).toBe("EDITED");
    expect((await revisionsOf(admin, first.id)).map((r) => r.kind)).toEqual(["IMPORT", "CONFIRM", "EDIT"]);
  });

  test("a stale confirm is 409 with the current sentence; bad versions are 400", async ({ as }) => {
    const editor = await as("editor");
    const reviewer = await as("reviewer");
    const { first, saved, revisions } = await editedSentence(editor, "Edited before review.");
    const body = await expectError(await confirm(reviewer, first.id, 1), 409, "conflict");
    expect(body.current).toMatchObject({ text: "Edited before review.", version: 2, lastChange: { author: { email: testUsers.editor.email } } });
    for (const data of [{}, { version: "2" }, { version: -1 }]) {
      await expectError(await reviewer.post(`/api/v1/sentences/${first.id}/confirm`, { data }), 400, "bad_request");
    }
    await expectUnchanged(editor, saved, revisions);
  });
});

test.describe("POST /api/v1/sentences/:id/revert", () => {
  test("reverting restores text and status as a new REVERT revision", async ({ as }) => {
    const editor = await as("editor");
    const reviewer = await as("reviewer");
    const { first } = await freshSentence(editor);
    await expectJson(await editSentence(editor, first.id, "Version two.", 1), 200);
    await expectJson(await confirm(reviewer, first.id, 2), 200);
    await expectJson(await editSentence(editor, first.id, "Version four.", 3), 200);
    const history = await revisionsOf(editor, first.id);
    expect(history.map((r) => [r.kind, r.status])).toEqual([
      ["IMPORT", "UNTOUCHED"],
      ["EDIT", "EDITED"],
      ["CONFIRM", "CONFIRMED"],
      ["EDIT", "EDITED"],
    ]);

    // Back to the confirmed state: its text and its CONFIRMED status.
    const toConfirmed = await expectJson<SentenceView>(await revert(editor, first.id, history[2].id, 4), 200);
    expect(toConfirmed).toMatchObject({ text: "Version two.", status: "CONFIRMED", version: 5, lastChange: { kind: "REVERT" } });

    // Back to the import: the MT text, UNTOUCHED.
    const toImport = await expectJson<SentenceView>(await revert(editor, first.id, history[0].id, 5), 200);
    expect(toImport).toMatchObject({ text: first.text, status: "UNTOUCHED", version: 6, lastChange: { kind: "REVERT", author: { email: testUsers.editor.email } } });

    const after = await revisionsOf(editor, first.id);
    expect(after.slice(0, 4)).toEqual(history); // history is never rewritten
    expect(after.slice(4).map((r) => [r.kind, r.text, r.status, r.version])).toEqual([
      ["REVERT", "Version two.", "CONFIRMED", 5],
      ["REVERT", first.text, "UNTOUCHED", 6],
    ]);
  });

  test("a revision of another sentence is 404; a stale version is 409; a viewer is 403 — nothing changes", async ({ as }) => {
    const editor = await as("editor");
    const { article, first, saved, revisions } = await editedSentence(editor, "Edited once.");
    const second = article.sentences[1];
    const [otherImport] = await revisionsOf(editor, second.id);

    const notFound = await expectError(await revert(editor, first.id, otherImport.id, 2), 404, "not_found");
    expect(notFound.error.message).toContain(String(otherImport.id));
    await expectError(await revert(editor, first.id, 999_999_999, 2), 404, "not_found");
    const conflict = await expectError(await revert(editor, first.id, revisions[0].id, 1), 409, "conflict");
    expect(conflict.current).toMatchObject({ text: "Edited once.", version: 2 });
    await expectError(await revert(await as("viewer"), first.id, revisions[0].id, 2), 403, "forbidden");
    for (const data of [{ revisionId: revisions[0].id }, { revisionId: String(revisions[0].id), version: 2 }, { version: 2 }]) {
      await expectError(await editor.post(`/api/v1/sentences/${first.id}/revert`, { data }), 400, "bad_request");
    }
    await expectUnchanged(editor, saved, revisions);
    expect(await revisionsOf(editor, second.id)).toEqual([otherImport]);
  });
});

test.describe("GET /api/v1/sentences/:id/revisions", () => {
  test("every role may read the history, oldest first; without a session it is 401", async ({ as, anonymous }) => {
    const editor = await as("editor");
    const { first } = await freshSentence(editor);
    await expectJson(await editSentence(editor, first.id, "One.", 1), 200);
    await expectJson(await editSentence(await as("editor2"), first.id, "Two.", 2), 200);
    for (const user of ["admin", "reviewer", "editor", "viewer"] as const) {
      const revisions = await revisionsOf(await as(user), first.id);
      expect(revisions.map((r) => [r.version, r.text, r.author.email])).toEqual([
        [1, first.text, testUsers.editor.email],
        [2, "One.", testUsers.editor.email],
        [3, "Two.", testUsers.editor2.email],
      ]);
      expect(revisions.every((r) => r.sentenceId === first.id)).toBe(true);
    }
    await expectError(await (await anonymous()).get(`/api/v1/sentences/${first.id}/revisions`), 401, "unauthorized");
  });
});
