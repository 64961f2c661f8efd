import { testBaseUrl } from "../support/users";
import { createToken, expect, expectError, expectJson, expectUnchanged, freshSentence, importArticle, listArticles, test } from "./client";

test.describe("cross-site requests with a session cookie", () => {
  test("a write with a foreign Origin is 403 and changes nothing", async ({ as }) => {
    const editor = await as("editor");
    const { first, revisions } = await freshSentence(editor);
    const evil = { Origin: "http://evil.example" };

    const patch = await editor.patch(`/api/v1/sentences/${first.id}`, { data: { text: "Forged.", version: 1 }, headers: evil });
    const body = await expectError(patch, 403, "forbidden");
    expect(body.error.message).toMatch(/cross-site/i);
    await expectError(await editor.post("/api/v1/articles", { data: { text: "Forged article." }, headers: evil }), 403, "forbidden");
    await expectError(await editor.post("/api/v1/tokens", { data: { name: "forged" }, headers: evil }), 403, "forbidden");
    await expectError(await (await as("reviewer")).post(`/api/v1/sentences/${first.id}/confirm`, { data: { version: 1 }, headers: evil }), 403, "forbidden");
    // Same host on another port is another origin too.
    const otherPort = new URL(testBaseUrl);
    otherPort.port = String(Number(otherPort.port || 80) + 1);
    const patchOtherPort = await editor.patch(`/api/v1/sentences/${first.id}`, { data: { text: "Forged.", version: 1 }, headers: { Origin: otherPort.origin } });
    await expectError(patchOtherPort, 403, "forbidden");
    await expectUnchanged(editor, first, revisions);
    expect((await listArticles(editor)).map((a) => a.title)).not.toContain("Forged article.");
  });

  test("reads with a foreign Origin, same-origin writes and token writes are allowed", async ({ as, anonymous }) => {
    const editor = await as("editor");
    const article = await importArticle(editor);
    const [first, second] = article.sentences;
    await expectJson(await editor.get(`/api/v1/articles/${article.id}`, { headers: { Origin: "http://evil.example" } }), 200);
    await expectJson(await editor.patch(`/api/v1/sentences/${first.id}`, { data: { text: "Same origin.", version: 1 }, headers: { Origin: testBaseUrl } }), 200);
    // A bearer token is not sent by browsers on their own: the Origin does not matter.
    const { token } = await createToken(editor);
    const bearer = await anonymous(token);
    await expectJson(await bearer.patch(`/api/v1/sentences/${second.id}`, { data: { text: "Via token.", version: 1 }, headers: { Origin: "http://evil.example" } }), 200);
  });
});

test.describe("no bad input makes a 500", () => {
  test("odd bodies and ids on every write route are 4xx with an error code", async ({ as }) => {
    const admin = await as("admin");
    const { first, revisions } = await freshSentence(admin);
    const bodies = [
      "null",
      "[]",
      "0",
      '"text"',
      "{}",
      '{"text": {"$ne": 1}, "version": {"$gt": 0}}',
      '{"text": "a", "version": 1e308}',
      '{"text": "a", "version": 9007199254740993}',
      '{"text": "\\u0000", "version": -0}',
      '{"__proto__": {"version": 1}, "text": "a"}',
      "{\"text\": \"a\", \"version\": 1}garbage",
      "\u00ff\u00fe",
    ];
    // For the sentence routes (and an unknown user) every one of these bodies is invalid: always a 4xx.
    // The other routes may accept some of them (a "text" is all an import needs): never a 500.
    const targets = [
      ["PATCH", `/api/v1/sentences/${first.id}`, true],
      ["POST", `/api/v1/sentences/${first.id}/confirm`, true],
      ["POST", `/api/v1/sentences/${first.id}/revert`, true],
      ["PATCH", `/api/v1/users/999999999`, true],
      ["POST", "/api/v1/articles", false],
      ["POST", "/api/v1/segment", false],
      ["POST", "/api/v1/tokens", false],
      ["POST", "/api/v1/users", false],
    ] as const;
    for (const [method, url, allInvalid] of targets) {
      for (const raw of bodies) {
        const response = await admin.fetch(url, { method, data: Buffer.from(raw), headers: { "Content-Type": "application/json" } });
        const what = `${method} ${url} ${raw}: ${(await response.text()).slice(0, 300)}`;
        expect(response.status(), what).toBeLessThan(500);
        if (allInvalid) expect(response.status(), what).toBeGreaterThanOrEqual(400);
        if (response.status() >= 400) {
          const body = (await response.json()) as { error?: { code?: string; message?: string } };
          expect(body.error?.code, what).toMatch(/^[a-z_]+$/);
        }
      }
    }
    await expectUnchanged(admin, first, revisions);
  });

  test("a sentence id beyond the database's integer range is 404", async ({ as }) => {
    const admin = await as("admin");
    for (const id of ["9223372036854775807", "999999999999999", "00000000000000001"]) {
      const response = await admin.get(`/api/v1/sentences/${id}`);
      expect(response.status(), `${id}: ${await response.text()}`).toBe(404);
    }
  });

  test("an unknown API path is not a 500", async ({ as }) => {
    const response = await (await as("admin")).get("/api/v1/nothing-here");
    expect(response.status()).toBe(404);
  });
});
