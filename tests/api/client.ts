// Shared helpers for the REST API tests: request contexts per test user, and small typed calls.
import { randomUUID } from "node:crypto";
import { test as base, expect, request, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { ArticleView, RevisionView, SentenceView } from "../../lib/api-types";
import type { ArticleSummary } from "../../server/articles/list-articles";
import type { TimelineEntry } from "../../server/articles/list-timeline";
import type { TokenView } from "../../server/tokens/manage-tokens";
import type { UserView } from "../../server/users/manage-users";
import { storageStatePath, testBaseUrl, testUsers, type TestUser } from "../support/users";

export { expect };
export type { ArticleSummary, ArticleView, RevisionView, SentenceView, TimelineEntry, TokenView, UserView };

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
  current?: SentenceView;
}

export interface CreatedToken extends TokenView {
  token: string;
}

interface Fixtures {
  /** An API client signed in (session cookie) as one of the test users. */
  as: (user: TestUser) => Promise<APIRequestContext>;
  /** An API client with no cookie at all, optionally sending a bearer token. */
  anonymous: (token?: string) => Promise<APIRequestContext>;
  /** An API client signed in through the sign-in endpoint with any email and password. */
  signIn: (email: string, password: string) => Promise<APIRequestContext>;
}

export const test = base.extend<Fixtures>({
  as: async ({}, use) => {
    await withContexts(use, (user: TestUser) => request.newContext({ baseURL: testBaseUrl, storageState: storageStatePath(user) }));
  },
  anonymous: async ({}, use) => {
    await withContexts(use, (token?: string) =>
      request.newContext({ baseURL: testBaseUrl, extraHTTPHeaders: token ? { Authorization: `Bearer ${token}` } : {} }),
    );
  },
  signIn: async ({}, use) => {
    await withContexts(use, async (email: string, password: string) => {
      const context = await request.newContext({ baseURL: testBaseUrl });
      const csrf = await context.get("/api/auth/csrf");
      expect(csrf.status()).toBe(200);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const response = await context.post("/api/auth/callback/credentials", {
        form: { csrfToken, email, password, json: "true" },
        maxRedirects: 0,
      });
      expect(response.status(), await response.text()).toBeLessThan(400);
      return context;
    });
  },
});

/** Hands a test a factory of request contexts and disposes every context it made afterwards. */
async function withContexts<A extends unknown[]>(
  use: (factory: (...args: A) => Promise<APIRequestContext>) => Promise<void>,
  make: (...args: A) => Promise<APIRequestContext>,
): Promise<void> {
  const made: APIRequestContext[] = [];
  await use(async (...args: A) => {
    const context = await make(...args);
    made.push(context);
    return context;
  });
  await Promise.all(made.map((context) => context.dispose()));
}

/** A string no other test (or earlier run) uses. */
export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export function userId(user: TestUser): Promise<number> {
  return userByEmail(testUsers[user].email).then((found) => found.id);
}

async function userByEmail(email: string): Promise<UserView> {
  const admin = await request.newContext({ baseURL: testBaseUrl, storageState: storageStatePath("admin") });
  try {
    const { users } = await expectJson<{ users: UserView[] }>(await admin.get("/api/v1/users"), 200);
    const found = users.find((user) => user.email === email);
    if (!found) throw new Error(`No user ${email}`);
    return found;
  } finally {
    await admin.dispose();
  }
}

/** Asserts the status and returns the JSON body; the body text is in the failure message. */
export async function expectJson<T>(response: APIResponse, status: number): Promise<T> {
  expect(response.status(), `${response.url()}: ${(await response.text()).slice(0, 500)}`).toBe(status);
  return (await response.json()) as T;
}

/** Asserts an API error: status, error code and a readable message. */
export async function expectError(response: APIResponse, status: number, code: string): Promise<ApiErrorBody> {
  const body = await expectJson<ApiErrorBody>(response, status);
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
  expect(body.error.message).not.toMatch(/prisma|stack trace|\[object/i);
  return body;
}

/** Imports a small article through the API (as an editor unless told otherwise). */
export async function importArticle(
  api: APIRequestContext,
  text = `${unique("Intro")} The first sentence is here. The second one follows.\n\nA new paragraph starts.`,
  extra: { title?: string; sourceLang?: string; targetLang?: string } = {},
): Promise<ArticleView> {
  return expectJson<ArticleView>(await api.post("/api/v1/articles", { data: { title: unique("Article"), text, ...extra } }), 201);
}

/** The first sentence of a freshly imported article, and its history. */
export async function freshSentence(api: APIRequestContext) {
  const article = await importArticle(api);
  const first = article.sentences[0];
  return { article, first, revisions: await revisionsOf(api, first.id) };
}

/** A fresh sentence edited once (version 1 → 2), as saved, with its history after the edit. */
export async function editedSentence(api: APIRequestContext, text: string) {
  const { article, first } = await freshSentence(api);
  const saved = await expectJson<SentenceView>(await editSentence(api, first.id, text, 1), 200);
  return { article, first, saved, revisions: await revisionsOf(api, first.id) };
}

export async function listArticles(api: APIRequestContext): Promise<ArticleSummary[]> {
  return (await expectJson<{ articles: ArticleSummary[] }>(await api.get("/api/v1/articles"), 200)).articles;
}

export async function revisionsOf(api: APIRequestContext, sentenceId: number): Promise<RevisionView[]> {
  return (await expectJson<{ revisions: RevisionView[] }>(await api.get(`/api/v1/sentences/${sentenceId}/revisions`), 200)).revisions;
}

export async function sentence(api: APIRequestContext, sentenceId: number): Promise<SentenceView> {
  return expectJson<SentenceView>(await api.get(`/api/v1/sentences/${sentenceId}`), 200);
}

export function editSentence(api: APIRequestContext, sentenceId: number, text: string, version: number): Promise<APIResponse> {
  return api.patch(`/api/v1/sentences/${sentenceId}`, { data: { text, version } });
}

/** Asserts a refused write left the sentence and its history exactly as they were. */
export async function expectUnchanged(api: APIRequestContext, before: SentenceView, revisionsBefore: RevisionView[]): Promise<void> {
  const after = await sentence(api, before.id);
  expect({ text: after.text, status: after.status, version: after.version }).toEqual({
    text: before.text,
    status: before.status,
    version: before.version,
  });
  expect(await revisionsOf(api, before.id)).toEqual(revisionsBefore);
}

export async function createToken(api: APIRequestContext, name = unique("token")): Promise<CreatedToken> {
  return expectJson<CreatedToken>(await api.post("/api/v1/tokens", { data: { name } }), 201);
}

export async function createUser(
  admin: APIRequestContext,
  role: UserView["role"],
  password = "a-long-password-1",
): Promise<UserView & { password: string }> {
  const email = `${unique("user")}@test.redline`;
  const user = await expectJson<UserView>(await admin.post("/api/v1/users", { data: { email, password, role, name: unique("Name") } }), 201);
  return { ...user, password };
}
