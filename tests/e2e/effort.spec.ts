import { expect, request, test } from "@playwright/test";
import type { EffortReportView } from "../../lib/effort";
import { storageStatePath, testBaseUrl } from "../support/users";
import { pageAs, sentenceRow } from "./helpers";

/** Imports an article for this test only (its own language pair keeps other tests' memory out). */
async function importFor(user: "editor" | "editor2", text: string, title: string): Promise<number> {
  const api = await request.newContext({ baseURL: testBaseUrl, storageState: storageStatePath(user) });
  const response = await api.post("/api/v1/articles", { data: { text, title, sourceLang: "uz", targetLang: "en", mtEngine: "e2e-engine" } });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: number };
  await api.dispose();
  return id;
}

test("typing a correction records its keystroke classes, visit and pauses, shown on the effort page", async ({ browser }) => {
  const title = `Effort ${Date.now()}`;
  const id = await importFor("editor", "Heading\n\nImran Kahn spoke at the summit.", title);
  const page = await pageAs(browser, "editor");
  const settings = page.waitForResponse((r) => r.url().endsWith("/api/v1/effort/settings") && r.ok());
  await page.goto(`/articles/${id}`);
  await settings;

  const box = sentenceRow(page, "Imran Kahn spoke").getByRole("textbox");
  await box.click();
  // Known sequence: End (navigation), Backspace (erase), " at 10" (2 spaces, 2 letters, 2 digits), a pause, "!" (symbol).
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(" at 10");
  await page.waitForTimeout(1300);
  await page.keyboard.press("!");
  await expect(box).toHaveValue("Imran Kahn spoke at the summit at 10!");
  await page.getByRole("heading", { level: 1 }).click(); // leave the box: the visit ends

  const report = async () => ((await (await page.request.get(`/api/v1/effort?articleId=${id}`)).json()) as EffortReportView).total;
  await expect.poll(async () => (await report()).visits, { timeout: 20_000 }).toBe(1);
  const total = await report();
  expect(total.keys).toEqual({ letters: 2, digits: 2, whitespace: 2, symbols: 1, navigation: 1, erase: 1, copy: 0, cut: 0, paste: 0, undo: 0 });
  expect(total.pauses1000).toBeGreaterThanOrEqual(1);
  expect(total.pauses300).toBeGreaterThanOrEqual(total.pauses1000);
  expect(total.activeMs).toBeGreaterThanOrEqual(1300);
  expect(total.words).toBe(6);

  await page.goto(`/effort?groupBy=article`);
  const row = page.getByTestId("effort-row").filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(page.getByTestId("key-classes").locator('[data-key-class="digits"]')).not.toHaveText("0");
  await page.context().close();
});

test("keys typed before the effort setting has arrived are counted too", async ({ browser }) => {
  const id = await importFor("editor", "Heading\n\nThe crisis humanitarian grew.", `Early typing ${Date.now()}`);
  const page = await pageAs(browser, "editor");
  // Hold the setting back until the editor has typed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/v1/effort/settings", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/articles/${id}`);
  const box = sentenceRow(page, "The crisis humanitarian").getByRole("textbox");
  await expect(box).toBeEditable();
  await box.click();
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("!");
  await expect(box).toHaveValue("The crisis humanitarian grew!");
  release();
  await page.getByRole("heading", { level: 1 }).click(); // leave the box: the visit ends

  const report = async () => ((await (await page.request.get(`/api/v1/effort?articleId=${id}`)).json()) as EffortReportView).total;
  await expect.poll(async () => (await report()).visits, { timeout: 20_000 }).toBe(1);
  expect((await report()).keys).toEqual({ letters: 0, digits: 0, whitespace: 0, symbols: 1, navigation: 1, erase: 1, copy: 0, cut: 0, paste: 0, undo: 0 });
  await page.context().close();
});

test("an exact match from the memory is used with one keystroke and marked 'from memory' in history", async ({ browser }) => {
  const text = `Heading ${Date.now()}\n\nThe Kahn delegation arrived in Tashkent on Monday.`;
  const first = await importFor("editor2", text, "Memory source");
  const api = await request.newContext({ baseURL: testBaseUrl, storageState: storageStatePath("editor2") });
  const article = (await (await api.get(`/api/v1/articles/${first}`)).json()) as { sentences: { id: number }[] };
  const saved = await api.patch(`/api/v1/sentences/${article.sentences[1].id}`, { data: { text: "The Khan delegation arrived in Tashkent on Monday.", version: 1 } });
  expect(saved.status()).toBe(200);
  await api.dispose();

  const second = await importFor("editor", text, "Memory target");
  const page = await pageAs(browser, "editor");
  await page.goto(`/articles/${second}`);
  const row = sentenceRow(page, "The Kahn delegation");
  await expect(row.getByTestId("memory-exact")).toContainText("The Khan delegation arrived in Tashkent on Monday.");
  await row.getByRole("textbox").click();
  await page.keyboard.press("Alt+u");
  await expect(row.getByRole("textbox")).toHaveValue("The Khan delegation arrived in Tashkent on Monday.");
  await expect(row.getByTestId("memory-exact")).toHaveCount(0);
  await expect(row.getByRole("textbox")).toBeFocused();
  await row.getByRole("button", { name: "History" }).click();
  await expect(row.getByText("from memory")).toBeVisible();
  await page.context().close();
});
