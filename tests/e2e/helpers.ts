import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request, type Browser, type Page } from "@playwright/test";
import { storageStatePath, testBaseUrl, type TestUser } from "../support/users";

export const demoText = readFileSync(path.join(import.meta.dirname, "../../prisma/demo/sco-taliban-mt.txt"), "utf8");

/** A page signed in as one of the test accounts, in its own browser context. */
export async function pageAs(browser: Browser, user: TestUser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(user) });
  return context.newPage();
}

/** Imports an article through the API as `user` and returns its id (test data set-up, not the tested path). */
export async function importViaApi(user: TestUser, text: string, title?: string): Promise<number> {
  const api = await request.newContext({ baseURL: testBaseUrl, storageState: storageStatePath(user) });
  const response = await api.post("/api/v1/articles", { data: { text, title, sourceLang: "fr", targetLang: "en" } });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: number };
  await api.dispose();
  return id;
}

/** The workspace row whose machine translation contains `text`. */
export function sentenceRow(page: Page, text: string) {
  return page.getByTestId("sentence").filter({ has: page.getByTestId("source").filter({ hasText: text }) });
}

/**
 * Collects Content-Security-Policy violations the page reports (console errors and securitypolicyviolation
 * events); `expect(await violations()).toEqual([])` fails a test that triggered any.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Content-Security-Policy/i.test(message.text())) seen.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return async () => [...seen];
}
