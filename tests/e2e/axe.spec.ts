import AxeBuilder from "@axe-core/playwright";
import { expect, request, test, type Page } from "@playwright/test";
import { storageStatePath, testBaseUrl } from "../support/users";
import { demoText, importViaApi, pageAs, sentenceRow } from "./helpers";

/** axe-core over the whole page as it is now: no violation of any impact. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect.soft(found, `axe violations on ${state}`).toEqual([]);
}

/** An article with a correction, a comment, an annotation and an original text, prepared through the API. */
async function richArticle(): Promise<number> {
  const id = await importViaApi("editor", demoText);
  const api = await request.newContext({ baseURL: testBaseUrl, storageState: storageStatePath("editor") });
  const article = (await (await api.get(`/api/v1/articles/${id}`)).json()) as { sentences: { id: number; version: number; sourceText: string }[] };
  const target = article.sentences.find((s) => s.sourceText.includes("Kahn")) ?? article.sentences[1];
  expect((await api.patch(`/api/v1/sentences/${target.id}`, { data: { text: target.sourceText.replace("Kahn", "Khan").replace(".", "!"), version: target.version } })).status()).toBe(200);
  expect((await api.post(`/api/v1/sentences/${article.sentences[2].id}/comments`, { data: { body: "Check this." } })).status()).toBe(201);
  const start = article.sentences[3].sourceText.indexOf(" ") + 1;
  const annotation = { target: "source", start, end: start + 3, category: "Fluency/Grammar", severity: "Minor" };
  expect((await api.post(`/api/v1/sentences/${article.sentences[3].id}/annotations`, { data: annotation })).status()).toBe(201);
  await api.dispose();
  return id;
}

test.describe("accessibility of every page (axe-core)", () => {
  test.use({ storageState: storageStatePath("editor") });

  // One test per page: each gets its own time budget, and a failure names the page.
  let id: number | undefined;
  const pages = ["/", "/my-work", "/articles/new", "/glossary", "/quality", "/settings/tokens", "/effort", "/memory", "history", "compare", "replace", "quality"];
  for (const name of pages) {
    test(`the page ${name.startsWith("/") ? name : `/articles/[id]/${name}`}`, async ({ page }) => {
      let path = name;
      if (!name.startsWith("/")) {
        id ??= await richArticle();
        path = `/articles/${id}/${name}`;
      }
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expectAccessible(page, path);
    });
  }

  test("the MT engines table on the quality page, focused from the keyboard", async ({ page }) => {
    await importViaApi("editor", demoText);
    await page.goto("/quality#engines");
    const engines = page.getByRole("region", { name: "MT engines table" });
    await engines.focus();
    await expect(engines).toBeFocused();
    await expectAccessible(page, "/quality with the MT engines table focused");
  });

  test("the workspace, a focused row, its history, comments and unsaved text", async ({ page }) => {
    const id = await richArticle();
    await page.goto(`/articles/${id}`);
    await expect(page.getByTestId("sentence").first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expectAccessible(page, "the workspace");

    const row = sentenceRow(page, "Kahn also asked");
    await row.getByRole("textbox").click();
    await expectAccessible(page, "a focused row with its toolbar");
    await row.getByRole("button", { name: "History" }).click();
    await expect(row.getByTestId("history")).toBeVisible();
    await row.getByRole("button", { name: /Comments/ }).click();
    await expect(row.getByRole("textbox", { name: "New comment" })).toBeVisible();
    await expectAccessible(page, "a row with history and comments open");

    await row.getByRole("textbox", { name: /Correction/ }).fill("Changed and not saved");
    await expectAccessible(page, "a row with unsaved text");
  });

  // The panels and dialogs: a test of their own, so each half of the workspace sweep has its own time budget.
  test("the workspace with its panels, find, dialogs and menus open", async ({ page }) => {
    const id = await richArticle();
    await page.goto(`/articles/${id}`);
    await expect(page.getByTestId("sentence").first()).toBeVisible();
    await page.waitForLoadState("networkidle");

    await page.getByRole("region", { name: "Checks" }).getByText("Checks", { exact: true }).click();
    await expectAccessible(page, "the checks panel open");

    await page.keyboard.press("Control+f");
    await page.getByRole("searchbox", { name: "Find" }).fill("Taliban");
    await page.keyboard.press("Enter");
    await expectAccessible(page, "find open");
    await page.keyboard.press("Escape");

    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    await expectAccessible(page, "the shortcuts dialog");
    await page.keyboard.press("Escape");

    await page.getByText("Export", { exact: true }).click();
    await expectAccessible(page, "the export menu open");
  });
});

test("the workspace for a reviewer annotating, and for a viewer", async ({ browser }) => {
  const id = await richArticle();
  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto(`/articles/${id}`);
  const row = sentenceRow(reviewer, "Kahn also asked");
  await row.getByRole("textbox").click();
  await reviewer.keyboard.press("Control+Home");
  await reviewer.keyboard.press("Shift+ArrowRight");
  await reviewer.keyboard.press("Shift+ArrowRight");
  await reviewer.keyboard.press("Alt+m");
  await expect(row.getByRole("form", { name: "MQM annotation" })).toBeVisible();
  await expectAccessible(reviewer, "the annotation form");

  const viewer = await pageAs(browser, "viewer");
  await viewer.goto(`/articles/${id}`);
  await expect(viewer.getByTestId("sentence").first()).toBeVisible();
  await viewer.waitForLoadState("networkidle");
  await expectAccessible(viewer, "the workspace read-only");
});

test("the sign-in page and the admin pages", async ({ browser }) => {
  const anonymous = await browser.newContext();
  const signIn = await anonymous.newPage();
  await signIn.goto("/signin");
  await expectAccessible(signIn, "/signin");
  await anonymous.close();

  const admin = await pageAs(browser, "admin");
  await admin.goto("/admin/users");
  await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(admin, "/admin/users");
});
