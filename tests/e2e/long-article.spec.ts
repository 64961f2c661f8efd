import { expect, test } from "@playwright/test";
import { storageStatePath } from "../support/users";
import { demoText, importViaApi, sentenceRow } from "./helpers";

// Long articles in the workspace: the page holds the first screen, the rest is fetched, find sees it all,
// and rows hydrated after the first take keys at once.
test.describe("a long article in the workspace", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("Ctrl+F finds a sentence far down a long article, Esc puts the cursor in it", async ({ page }) => {
    const sentences = Array.from({ length: 400 }, (_, i) => `Line number ${i + 1} of the long article.`);
    const paragraphs = Array.from({ length: 80 }, (_, p) => sentences.slice(p * 5, p * 5 + 5).join(" "));
    const id = await importViaApi("editor", `Long article\n\n${paragraphs.join("\n\n")}`);
    await page.goto(`/articles/${id}`);
    await sentenceRow(page, "Line number 1 of").getByRole("textbox").click();
    // Only rows near the viewport are in the page.
    expect(await page.getByTestId("sentence").count()).toBeLessThan(100);
    await page.keyboard.press("Control+f");
    const find = page.getByRole("searchbox", { name: "Find" });
    await expect(find).toBeFocused();
    await find.fill("number 377 of");
    await find.press("Enter");
    await expect(page.getByTestId("find-status")).toHaveText("Sentence 378 · 1 of 1");
    await expect(sentenceRow(page, "Line number 377 of")).toBeInViewport();
    await find.press("Escape");
    await expect(sentenceRow(page, "Line number 377 of").getByRole("textbox")).toBeFocused();
  });

  test("a long article's page holds its first screen and the workspace loads the rest", async ({ page }) => {
    const sentences = Array.from({ length: 300 }, (_, i) => `Row ${i + 1} of the long article.`);
    const paragraphs = Array.from({ length: 60 }, (_, p) => sentences.slice(p * 5, p * 5 + 5).join(" "));
    const id = await importViaApi("editor", `Loaded in two steps\n\n${paragraphs.join("\n\n")}`);
    // The page as the server sends it: the first screen only, and the article's full count.
    const html = (await (await page.request.get(`/articles/${id}`)).text()).replaceAll("<!-- -->", "");
    expect(html).toContain("Row 1 of the long article.");
    expect(html).not.toContain("Row 250 of the long article.");
    expect(html).toContain("301 sentences");
    // Its correction fields are read-only until React handles their events (nothing typed before is lost).
    expect(html).toMatch(/<textarea[^>]*readonly=""/i);
    expect(html).not.toMatch(/<textarea(?![^>]*readonly="")/i);
    await page.goto(`/articles/${id}`);
    // The first correction takes typing at once; the counts and the rest arrive without a reload.
    const first = sentenceRow(page, "Row 1 of the").getByRole("textbox");
    await first.click();
    await expect(page.getByRole("button", { name: "All (301)" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Loading sentences" })).toHaveCount(0);
    await page.keyboard.press("Control+f");
    await page.getByRole("searchbox", { name: "Find" }).fill("Row 299 of");
    await page.getByRole("searchbox", { name: "Find" }).press("Enter");
    await expect(page.getByTestId("find-status")).toHaveText("Sentence 300 · 1 of 1");
    await expect(sentenceRow(page, "Row 299 of the")).toBeInViewport();
  });

  test("a row below the first takes every key typed the moment the page is usable, on a long and a short article", async ({ page }) => {
    // Rows after the first are hydrated just after it: a click in one not yet hydrated hydrates it at once.
    const sentences = Array.from({ length: 240 }, (_, i) => `Early row ${i + 1} of the article.`);
    const paragraphs = Array.from({ length: 48 }, (_, p) => sentences.slice(p * 5, p * 5 + 5).join(" "));
    const long = await importViaApi("editor", `Typed at once\n\n${paragraphs.join("\n\n")}`);
    const short = await importViaApi("editor", demoText);
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    for (const id of [long, short]) {
      await page.goto(`/articles/${id}`, { waitUntil: "commit" });
      await expect(page.getByRole("textbox").first()).toBeEditable();
      const field = page.getByRole("textbox").nth(5);
      await field.click();
      await page.keyboard.press("Control+End");
      await page.keyboard.type(" typed at once");
      await expect(field).toHaveValue(/ typed at once$/);
      // The row is still the server's: the caret stayed in it through hydration and the settled render.
      await expect(field).toBeFocused();
    }
    expect(errors).toEqual([]);
  });

  test("when the rest of a long article cannot be fetched, the editor is told and can try again", async ({ page }) => {
    const sentences = Array.from({ length: 250 }, (_, i) => `Retry row ${i + 1} of the article.`);
    const paragraphs = Array.from({ length: 50 }, (_, p) => sentences.slice(p * 5, p * 5 + 5).join(" "));
    const id = await importViaApi("editor", `Rest fails once\n\n${paragraphs.join("\n\n")}`);
    let failed = false;
    await page.route(`**/api/v1/articles/${id}/sentences`, (route) => {
      if (failed) return route.continue();
      failed = true;
      return route.abort("connectionrefused");
    });
    await page.goto(`/articles/${id}`);
    const status = page.getByRole("status").filter({ hasText: "could not be loaded" });
    await expect(status).toContainText("Could not reach the server");
    // The first screen stays editable meanwhile; the counts wait.
    await expect(sentenceRow(page, "Retry row 1 of").getByRole("textbox")).toBeEditable();
    await expect(page.getByRole("button", { name: "All (…)" })).toBeVisible();
    await status.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("button", { name: "All (251)" })).toBeVisible();
    await expect(status).toHaveCount(0);
  });
});
