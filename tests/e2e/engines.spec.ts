import { expect, request, test } from "@playwright/test";
import { storageStatePath, testBaseUrl } from "../support/users";

/** Imports an article as the editor with its MT engine; returns its id and sentences. */
async function importWithEngine(mtEngine: string, text: string) {
  const api = await request.newContext({ baseURL: testBaseUrl, storageState: storageStatePath("editor") });
  const response = await api.post("/api/v1/articles", { data: { text, title: `Engines ${mtEngine}`, sourceLang: "fr", targetLang: "en", mtEngine } });
  expect(response.status()).toBe(201);
  const article = (await response.json()) as { id: number; sentences: { id: number; version: number; sourceText: string }[] };
  return { api, article };
}

test.describe("MT engines side by side on the quality pages", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("two articles from two engines are compared on HTER, MQM errors and effort", async ({ page }) => {
    const stamp = Date.now();
    const [alpha, beta] = [`alpha-${stamp}`, `beta-${stamp}`];

    // Engine alpha: one sentence corrected, with an editing visit of 30 s.
    const a = await importWithEngine(alpha, "Heading\n\nThe minister spoke to reporters in Paris on Monday.");
    const edited = a.article.sentences[1];
    expect((await a.api.patch(`/api/v1/sentences/${edited.id}`, { data: { text: "The minister spoke to journalists in Paris on Monday.", version: edited.version } })).status()).toBe(200);
    const startedAt = new Date(Date.now() - 60_000);
    const keys = { letters: 11, digits: 0, whitespace: 0, symbols: 0, navigation: 2, erase: 9, copy: 0, cut: 0, paste: 0, undo: 0 };
    const visit = { id: `engines-${stamp}`, sentenceId: edited.id, startedAt: startedAt.toISOString(), endedAt: new Date(startedAt.getTime() + 30_000).toISOString(), activeMs: 30_000, keys, pauses300: 3, pauses1000: 1 };
    expect((await a.api.post("/api/v1/effort/visits", { data: { visits: [visit] } })).status()).toBe(201);
    await a.api.dispose();

    // Engine beta: untouched, with two MQM errors.
    const b = await importWithEngine(beta, "Heading\n\nThe prime minister visited the flooded villages yesterday.");
    const annotated = b.article.sentences[1];
    for (const [start, end] of [[4, 9], [10, 18]]) {
      const annotation = { target: "source", start, end, category: "Accuracy/Mistranslation", severity: "Major" };
      expect((await b.api.post(`/api/v1/sentences/${annotated.id}/annotations`, { data: annotation })).status()).toBe(201);
    }
    await b.api.dispose();

    // From the article's quality page, by keyboard, to the comparison.
    await page.goto(`/articles/${a.article.id}/quality`);
    await expect(page.getByText(`MT engine: ${alpha}`)).toBeVisible();
    await page.getByRole("link", { name: "Compare MT engines" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/quality#engines$/);

    const table = page.getByRole("region", { name: "MT engines table" });
    await table.focus();
    await expect(table).toBeFocused();
    const rowA = table.locator(`[data-engine="${alpha}"]`);
    const rowB = table.locator(`[data-engine="${beta}"]`);
    await expect(rowA.getByRole("rowheader")).toHaveText(alpha);
    await expect(rowB.getByRole("rowheader")).toHaveText(beta);
    await expect(rowA.locator('[data-figure="hter"]')).not.toHaveText("0.000");
    await expect(rowB.locator('[data-figure="hter"]')).toHaveText("0.000");
    await expect(rowA.locator('[data-figure="errors"]')).toHaveText("0");
    await expect(rowB.locator('[data-figure="errors"]')).toHaveText("2");
    await expect(rowB.locator('[data-figure="oqs"]')).not.toHaveText("100.0");
    await expect(rowA.locator('[data-figure="time"]')).toHaveText("0.5 min");
    await expect(rowB.locator('[data-figure="time"]')).toHaveText("—");
  });
});
