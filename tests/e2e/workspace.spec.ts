import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "../support/users";
import { demoText, importViaApi, pageAs, sentenceRow } from "./helpers";

/** Rows whose whole box is inside the viewport. */
async function rowsInView(page: Page): Promise<number> {
  return page.getByTestId("sentence").evaluateAll((rows) => {
    const height = window.innerHeight;
    return rows.filter((row) => {
      const box = row.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= height;
    }).length;
  });
}

test.describe("the review workspace for an editor", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("shows at least 8 untouched demo sentences at 1440×900, one row each", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const id = await importViaApi("editor", demoText);
    await page.goto(`/articles/${id}`);
    await expect(page.getByTestId("sentence").first()).toBeVisible();
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(8);
    // Each sentence once as MT and once as the correction: no diff line on an untouched row.
    await expect(page.getByTestId("diff")).toHaveCount(0);
  });

  test("opening an article asks the server for nothing the editor did not open (no link prefetch)", async ({ page }) => {
    const id = await importViaApi("editor", demoText);
    const prefetches: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("_rsc=") || request.headers()["next-router-prefetch"]) prefetches.push(request.url());
    });
    await page.goto(`/articles/${id}`);
    await expect(page.getByRole("link", { name: "Timeline" })).toBeVisible();
    await expect(sentenceRow(page, "Kahn also asked").getByRole("textbox")).toBeEditable();
    // Next prefetches the links in view once the page is idle: give it the time it would take.
    await page.waitForTimeout(1500);
    expect(prefetches).toEqual([]);
    // The links still navigate within the app.
    await page.getByRole("link", { name: "Timeline" }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${id}/history$`));
  });

  test("the article page's scripts ask the browser to compile them as they load, and the page works with them", async ({ page }) => {
    const id = await importViaApi("editor", demoText);
    await page.goto(`/articles/${id}`);
    const field = sentenceRow(page, "Kahn also asked").getByRole("textbox");
    await field.fill("Khan also asked.");
    await expect(sentenceRow(page, "Kahn also asked").getByTestId("diff")).toContainText("Khan");
    const sources = await page.locator("script[src]:not([nomodule])").evaluateAll((scripts) => scripts.map((script) => script.getAttribute("src") ?? ""));
    expect(sources.length).toBeGreaterThan(3);
    for (const src of sources) {
      // scripts/compile-hints.mjs, run by every build: the hint must open the file to count.
      expect((await (await page.request.get(src)).text()).split("\n")[0], src).toBe("//# allFunctionsCalledOnLoad");
    }
  });

  test("skip links reach the first correction from the top of the page", async ({ page }) => {
    const id = await importViaApi("editor", "Skip check\n\nThe first sentence. The second sentence.");
    await page.goto(`/articles/${id}`);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
    await page.keyboard.press("Enter");
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press("Tab");
      if (await page.getByRole("button", { name: "Skip to the first sentence" }).evaluate((el) => el === document.activeElement)) break;
    }
    await expect(page.getByRole("button", { name: "Skip to the first sentence" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(sentenceRow(page, "Skip check").getByRole("textbox")).toBeFocused();
  });

  test("? lists every shortcut in a dialog that Esc closes", async ({ page }) => {
    const id = await importViaApi("editor", "Shortcut check\n\nOne sentence here.");
    await page.goto(`/articles/${id}`);
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("Ctrl/Cmd+Enter");
    await expect(dialog).toContainText("Alt+M");
    await expect(dialog).toContainText("Ctrl/Cmd+F");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    // Typing ? in a correction types it.
    const field = sentenceRow(page, "One sentence here.").getByRole("textbox");
    await field.click();
    await page.keyboard.press("End");
    await page.keyboard.press("?");
    await expect(field).toHaveValue("One sentence here.?");
    await expect(dialog).toBeHidden();
  });

  test("the export menu closes on Esc and on a click outside", async ({ page }) => {
    const id = await importViaApi("editor", "Menu check\n\nOne sentence.");
    await page.goto(`/articles/${id}`);
    const exportButton = page.getByText("Export", { exact: true });
    await exportButton.click();
    await expect(page.getByRole("link", { name: "Plain text (.txt)" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("link", { name: "Plain text (.txt)" })).toBeHidden();
    await expect(exportButton).toBeFocused();
    await exportButton.click();
    await page.getByRole("heading", { level: 1 }).click();
    await expect(page.getByRole("link", { name: "Plain text (.txt)" })).toBeHidden();
  });

  test("is usable at phone width with no horizontal scroll", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath("editor"), viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const id = await importViaApi("editor", demoText);
    await page.goto(`/articles/${id}`);
    await expect(page.getByTestId("sentence").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // No keyboard hints on a touch screen.
    await expect(page.getByText("(Ctrl+F)")).toBeHidden();
    const row = sentenceRow(page, "Kahn also asked");
    await row.getByRole("textbox").tap();
    await expect(row.getByRole("button", { name: "Save" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  test("imports a Markdown file through the page with its structure, not its markers", async ({ page }) => {
    await page.goto("/articles/new");
    await page.getByLabel("File (.txt, .md, .html, .docx, .xlf)").setInputFiles(path.join(import.meta.dirname, "../fixtures/import/article.md"));
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByTestId("preview-title")).toHaveText("Russia and China advocate a pragmatic rapprochement with the Taliban");
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page).toHaveURL(/\/articles\/\d+$/, { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia and China advocate a pragmatic rapprochement with the Taliban");
    const sources = await page.getByTestId("source").allTextContents();
    expect(sources.length).toBeGreaterThan(5);
    for (const text of sources) expect(text).not.toMatch(/^(#|- |> )/);
  });

  test("a too-large file's error shows beside the file field, with focus there", async ({ page }) => {
    await page.goto("/articles/new");
    const field = page.getByLabel("File (.txt, .md, .html, .docx, .xlf)");
    await field.setInputFiles({ name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(3 * 1024 * 1024, "a") });
    const alert = page.locator("form").getByRole("alert");
    await expect(alert).toContainText("larger than 2 MB");
    await expect(field).toBeFocused();
    await expect(alert).toBeInViewport();
  });

  test("unticks one find-and-replace match so it stays as it is", async ({ page }) => {
    const id = await importViaApi("editor", "Names\n\nVladimir Putin spoke first. Then Putin left.");
    await page.goto(`/articles/${id}/replace`);
    await page.getByLabel("Find", { exact: true }).fill("Putin");
    await page.getByLabel("Replace with").fill("Vladimir Putin");
    await page.getByLabel("Whole word").check();
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByTestId("replace-hit")).toHaveCount(2);
    await page.getByTestId("replace-hit").filter({ hasText: "spoke first" }).getByRole("checkbox", { name: "Replace “Putin”" }).uncheck();
    await expect(page.getByTestId("replace-hit").filter({ hasText: "spoke first" }).locator("ins")).toHaveCount(0);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByRole("status")).toContainText("(1 sentence)");
    await page.getByRole("link", { name: "Back to the article" }).last().click();
    await expect(sentenceRow(page, "spoke first").getByRole("textbox")).toHaveValue("Vladimir Putin spoke first.");
    await expect(sentenceRow(page, "Then Putin left").getByRole("textbox")).toHaveValue("Then Vladimir Putin left.");
  });
});

test.describe("keyboard review for a reviewer", () => {
  test.use({ storageState: storageStatePath("reviewer") });

  test("Confirm moves focus to the next sentence, and Alt+Enter confirms from the keyboard", async ({ page }) => {
    const id = await importViaApi("reviewer", "Confirm check\n\nFirst sentence here. Second sentence here. Third sentence here.");
    await page.goto(`/articles/${id}`);
    const first = sentenceRow(page, "First sentence here.");
    await first.getByRole("textbox").click();
    await first.getByRole("button", { name: "Confirm" }).click();
    await expect(first.getByTestId("status")).toHaveText("confirmed");
    await expect(sentenceRow(page, "Second sentence here.").getByRole("textbox")).toBeFocused();
    await page.keyboard.press("Alt+Enter");
    await expect(sentenceRow(page, "Second sentence here.").getByTestId("status")).toHaveText("confirmed");
    await expect(sentenceRow(page, "Third sentence here.").getByRole("textbox")).toBeFocused();
  });

  test("annotates an MQM error from a keyboard selection", async ({ page }) => {
    const id = await importViaApi("reviewer", "Imran Kahn spoke to the press today.", "Keyboard annotation");
    await page.goto(`/articles/${id}`);
    const row = sentenceRow(page, "Imran Kahn spoke");
    const field = row.getByRole("textbox");
    await field.click();
    await page.keyboard.press("Control+Home");
    for (let i = 0; i < "Imran ".length; i += 1) await page.keyboard.press("ArrowRight");
    for (let i = 0; i < "Kahn".length; i += 1) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Alt+m");
    const form = row.getByRole("form", { name: "MQM annotation" });
    await expect(form).toContainText("Kahn");
    await expect(form.getByLabel("Category")).toBeFocused();
    await form.getByLabel("Category").selectOption("Accuracy/Mistranslation");
    await page.keyboard.press("Tab");
    await expect(form.getByLabel("Severity")).toBeFocused();
    await form.getByLabel("Severity").selectOption("Major");
    await form.getByLabel("Comment").fill("the name is Khan");
    await page.keyboard.press("Enter");
    await expect(row.getByTestId("annotated-source").locator("mark")).toHaveText("Kahn");
    await expect(page.getByTestId("mqm-wmt")).toHaveText("5");
    await expect(field).toBeFocused();
  });
});

test("a failed sign-in keeps the email and puts the cursor in the password", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill("editor@test.redline");
  await page.getByLabel("Password").fill("wrong password here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#signin-error")).toContainText("do not match");
  await expect(page.getByLabel("Email")).toHaveValue("editor@test.redline");
  await expect(page.getByLabel("Password")).toBeFocused();
  await context.close();
});

test("a viewer sees each row's actions without focusing it, and no shortcut list", async ({ browser }) => {
  const id = await importViaApi("editor", "Viewer actions\n\nOnly reading here.");
  const page = await pageAs(browser, "viewer");
  await page.goto(`/articles/${id}`);
  await expect(sentenceRow(page, "Only reading here.").getByRole("button", { name: "History" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Keyboard shortcuts" })).toHaveCount(0);
});
