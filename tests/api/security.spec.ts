import { deflateRawSync } from "node:zlib";
import type { APIRequestContext } from "@playwright/test";
import type { FindReplacePreview } from "../../lib/find-replace";
import { regexTimeBudgetMs } from "../../lib/find-replace";
import { testBaseUrl } from "../support/users";
import { expect, expectError, expectJson, importArticle, test, unique, type ArticleView } from "./client";

/**
 * Keeps asking for the article list (a database read) while `work` runs; returns how many answers came
 * back (all 200) and the longest wait for one.
 */
async function answersMeanwhile(api: APIRequestContext, work: Promise<unknown>): Promise<{ answered: number; longestMs: number }> {
  let done = false;
  let answered = 0;
  let longestMs = 0;
  const poll = (async () => {
    while (!done) {
      // A fresh connection each time: the question is whether the server answers, not keep-alive reuse.
      const start = Date.now();
      const response = await api.get("/api/v1/articles", { timeout: 15_000, headers: { Connection: "close" } });
      expect(response.status()).toBe(200);
      longestMs = Math.max(longestMs, Date.now() - start);
      answered++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    await work;
  } finally {
    done = true;
    await poll;
  }
  return { answered, longestMs };
}

async function answeredMeanwhile(api: APIRequestContext, work: Promise<unknown>): Promise<number> {
  return (await answersMeanwhile(api, work)).answered;
}

test.describe("regular expressions cannot hang the server", () => {
  test("an empty-matching pattern over an emoji answers with no hits", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, "Café 😀 here.");
    const preview = await expectJson<FindReplacePreview>(
      await editor.post(`/api/v1/articles/${article.id}/find-replace/preview`, { data: { find: "x*", replace: "y", regex: true } }),
      200,
    );
    expect(preview).toEqual({ hits: [], total: 0 });
  });

  test("each catastrophic pattern is stopped with a 422 while other requests keep being answered", async ({ as }) => {
    const editor = await as("editor");
    const viewer = await as("viewer");
    const article = await importArticle(editor, `${"a".repeat(48)}! ${"a".repeat(48)}b`);
    const evil = ["((a+))+$", "(?:a|a)+$", "(\\w|a)+$", "(a|aa)+$", "(.*a){12}$"];
    const attempts = Promise.all(
      evil.map(async (find) => {
        const response = await editor.post(`/api/v1/articles/${article.id}/find-replace/preview`, { data: { find, replace: "b", regex: true }, timeout: 60_000 });
        const body = await expectError(response, 422, "unprocessable");
        expect(body.error.message, find).toMatch(/took too long/);
      }),
    );
    expect(await answeredMeanwhile(viewer, attempts)).toBeGreaterThan(2);
    // Applying goes through the same budget, before its transaction: while the pattern runs, reads of the
    // database are answered at once, not after the budget (the transaction would hold them).
    const applies = Promise.all(
      ["(a|aa)+$", "((a+))+$"].map(async (find) => {
        const response = await editor.post(`/api/v1/articles/${article.id}/find-replace`, { data: { find, replace: "b", regex: true, versions: {} }, timeout: 60_000 });
        await expectError(response, 422, "unprocessable");
      }),
    );
    const { answered, longestMs } = await answersMeanwhile(viewer, applies);
    expect(answered).toBeGreaterThan(2);
    expect(longestMs).toBeLessThan(regexTimeBudgetMs);
  });
});

/** A .docx-shaped zip whose document.xml inflates to `size` bytes of zeros; `declared` is what its headers say. */
function zipBomb(size: number, declared = size): Buffer {
  const data = deflateRawSync(Buffer.alloc(size), { level: 9 });
  const name = Buffer.from("word/document.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

test.describe("inflated uploads", () => {
  test("a .docx that expands past 50 MB is refused (declared or lying), and the server keeps answering", async ({ as }) => {
    const editor = await as("editor");
    const honest = zipBomb(200 * 1024 * 1024);
    const lying = zipBomb(60 * 1024 * 1024, 4096);
    expect(honest.length).toBeLessThan(1024 * 1024);
    const upload = (bytes: Buffer, path: string) =>
      editor.post(`${path}?filename=${unique("bomb")}.docx`, { data: bytes, headers: { "Content-Type": "application/octet-stream" } });
    const refused = Promise.all(
      [upload(honest, "/api/v1/imports/preview"), upload(lying, "/api/v1/imports/preview"), upload(honest, "/api/v1/imports")].map(async (pending) => {
        const body = await expectError(await pending, 413, "payload_too_large");
        expect(body.error.message).toMatch(/50 MB/);
      }),
    );
    expect(await answeredMeanwhile(editor, refused)).toBeGreaterThan(0);
  });
});

test.describe("redirects after sign-in stay on this site", () => {
  for (const callback of ["/%5C127.0.0.1:3399/x", "/%09/127.0.0.1:3399/x", "//127.0.0.1:3399/x", "/%2F127.0.0.1:3399/x", "javascript:alert(1)"]) {
    test(`callbackUrl ${callback} sends a signed-in user home`, async ({ as }) => {
      const editor = await as("editor");
      const response = await editor.get(`/signin?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      const location = new URL(response.headers()["location"], testBaseUrl);
      expect(location.origin).toBe(new URL(testBaseUrl).origin);
      expect(location.pathname).toBe("/");
    });
  }

  test("a same-site path is kept", async ({ as }) => {
    const response = await (await as("editor")).get(`/signin?callbackUrl=${encodeURIComponent("/quality?x=1")}`, { maxRedirects: 0 });
    expect(new URL(response.headers()["location"], testBaseUrl).pathname + new URL(response.headers()["location"], testBaseUrl).search).toBe("/quality?x=1");
  });
});

test.describe("bad input is a 4xx, never a 500", () => {
  test("a lone surrogate in any text is a 400 and stores nothing", async ({ as }) => {
    const editor = await as("editor");
    const title = unique("Surrogate");
    const body = await expectError(await editor.post("/api/v1/articles", { data: { title, text: "Broken \ud800 text." } }), 400, "bad_request");
    expect(body.error.message).toMatch(/lone surrogate/);
    const article = await importArticle(editor);
    const first = article.sentences[0];
    await expectError(await editor.patch(`/api/v1/sentences/${first.id}`, { data: { text: "x\udc00", version: 1 } }), 400, "bad_request");
    const after = await expectJson<ArticleView>(await editor.get(`/api/v1/articles/${article.id}`), 200);
    expect(after.sentences[0]).toMatchObject({ text: first.text, version: 1 });
  });

  test("a split inside an emoji splits before it", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, "Café 😀 here. Next one.");
    const first = article.sentences[0];
    const inside = first.text.indexOf("😀") + 1;
    const result = await expectJson<{ sentences: { text: string }[] }>(
      await editor.post(`/api/v1/sentences/${first.id}/split`, { data: { offset: inside, version: 1 } }),
      200,
    );
    expect(result.sentences.map((s) => s.text)).toEqual(["Café", "😀 here."]);
  });

  test("a cookie write with Origin null or garbage is a 403, not a 500", async ({ as }) => {
    const editor = await as("editor");
    for (const origin of ["null", "not a url", "http://[::1"]) {
      await expectError(await editor.post("/api/v1/articles", { data: { text: "Forged." }, headers: { Origin: origin } }), 403, "forbidden");
    }
  });

  test("unknown API paths are a JSON 404 and wrong methods a JSON 405", async ({ as, anonymous }) => {
    const editor = await as("editor");
    for (const path of ["/api/v1/nothing", "/api/v1/articles/1/nothing", "/api/nothing/at/all"]) {
      await expectError(await editor.get(path), 404, "not_found");
      await expectError(await editor.post(path, { data: {} }), 404, "not_found");
    }
    const wrong = await editor.delete("/api/v1/articles");
    await expectError(wrong, 405, "method_not_allowed");
    expect(wrong.headers()["allow"]).toContain("POST");
    await expectError(await editor.put("/api/v1/sentences/1", { data: {} }), 405, "method_not_allowed");
    await expectError(await (await anonymous()).post("/api/v1/articles/1/export"), 405, "method_not_allowed");
    const options = await editor.fetch("/api/v1/articles", { method: "OPTIONS" });
    expect(options.status()).toBe(204);
    expect(options.headers()["allow"]?.split(", ").sort()).toEqual(["GET", "HEAD", "OPTIONS", "POST"]);
  });
});

test.describe("Content-Security-Policy", () => {
  test("pages carry a nonce policy and Next's scripts carry the nonce", async ({ as, anonymous }) => {
    for (const [api, path] of [[await anonymous(), "/signin"], [await as("editor"), "/"]] as const) {
      const response = await api.get(path);
      expect(response.status()).toBe(200);
      const policy = response.headers()["content-security-policy"];
      expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
      for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) expect(policy).toContain(directive);
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    }
    // A new nonce per request.
    const again = await (await anonymous()).get("/signin");
    const first = await (await anonymous()).get("/signin");
    expect(again.headers()["content-security-policy"]).not.toBe(first.headers()["content-security-policy"]);
  });
});
