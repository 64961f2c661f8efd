import path from "node:path";
import { expect, test } from "@playwright/test";
import { storageStatePath } from "../support/users";
import { createUser } from "../api/client";
import { demoText, importViaApi, pageAs, sentenceRow } from "./helpers";

const kahnSentence = "Kahn also asked";

test.describe("an editor reviewing the demo article", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("imports it, fixes Kahn → Khan, sees the diff, and finds it persisted with its history", async ({ page }) => {
    await page.goto("/articles/new");
    await page.getByLabel("File (.txt, .md, .html, .docx, .xlf)").setInputFiles(path.join(import.meta.dirname, "../../prisma/demo/sco-taliban-mt.txt"));
    await expect(page.getByLabel("Machine-translated text")).toHaveValue(demoText);
    await page.getByLabel("Original language").fill("fr");
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page).toHaveURL(/\/articles\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia and China advocate a pragmatic rapprochement with the Taliban");

    const row = sentenceRow(page, kahnSentence);
    const correction = row.getByRole("textbox");
    const original = await correction.inputValue();
    await correction.fill(original.replace("Kahn", "Khan"));
    // The MT marks what the correction deletes; the line under the field marks what it inserts.
    await expect(row.getByTestId("source").locator("del")).toHaveText("Kahn");
    await expect(row.getByTestId("diff").locator("ins")).toHaveText("Khan");
    await correction.press("Control+Enter");
    await expect(row.getByTestId("save-state")).toHaveText("Saved");
    await expect(row.getByTestId("status")).toHaveText("edited");

    await page.reload();
    const reloaded = sentenceRow(page, kahnSentence);
    await expect(reloaded.getByRole("textbox")).toHaveValue(original.replace("Kahn", "Khan"));
    // The row's actions show once the row has focus.
    await expect(reloaded.getByRole("button", { name: "History" })).toBeHidden();
    await reloaded.getByRole("textbox").click();
    await reloaded.getByRole("button", { name: "History" }).click();
    await expect(reloaded.getByTestId("revision")).toHaveCount(2);
    await expect(reloaded.getByTestId("revision").first()).toContainText("edit");
    await expect(reloaded.getByTestId("revision").first()).toContainText("Eddie Editor");

    await reloaded.getByRole("button", { name: "Revert to this" }).click();
    await expect(reloaded.getByRole("textbox")).toHaveValue(original);
    await expect(reloaded.getByRole("textbox")).toBeFocused();
    await expect(reloaded.getByTestId("revision")).toHaveCount(3);
    await expect(reloaded.getByTestId("revision").first()).toContainText("revert");
    await expect(reloaded.getByTestId("status")).toHaveText("untouched");
  });

  test("autosaves after a pause, and Esc discards unsaved text", async ({ page }) => {
    const id = await importViaApi("editor", "Autosave check\n\nThe crisis humanitarian is grave. Second sentence here.");
    await page.goto(`/articles/${id}`);
    const row = sentenceRow(page, "The crisis humanitarian");
    await row.getByRole("textbox").fill("The humanitarian crisis is grave.");
    await expect(row.getByTestId("save-state")).toHaveText("Saved", { timeout: 10_000 });
    await page.reload();
    await expect(sentenceRow(page, "The crisis humanitarian").getByRole("textbox")).toHaveValue("The humanitarian crisis is grave.");

    const second = sentenceRow(page, "Second sentence");
    await second.getByRole("textbox").pressSequentially(" Oops");
    await expect(second.getByTestId("save-state")).toHaveText("Unsaved changes");
    await second.getByRole("textbox").press("Escape");
    await expect(second.getByRole("textbox")).toHaveValue("Second sentence here.");
    await expect(second.getByTestId("save-state")).toHaveText("Saved");
  });

  test("moves between sentences with Alt+arrows and filters by status", async ({ page }) => {
    const id = await importViaApi("editor", "Keys\n\nFirst one. Second one. Third one.");
    await page.goto(`/articles/${id}`);
    await sentenceRow(page, "First one").getByRole("textbox").click();
    await page.keyboard.press("Alt+ArrowDown");
    await expect(sentenceRow(page, "Second one").getByRole("textbox")).toBeFocused();
    await page.keyboard.type(" Edited");
    await page.keyboard.press("Control+Enter");
    await expect(sentenceRow(page, "Third one").getByRole("textbox")).toBeFocused();
    await expect(page.getByTestId("progress")).toHaveText("1 / 4 edited or confirmed");

    await page.getByRole("button", { name: /^Edited/ }).click();
    await expect(page.getByTestId("sentence").filter({ visible: true })).toHaveCount(1);
    await page.getByRole("button", { name: /^Untouched/ }).click();
    await expect(page.getByTestId("sentence").filter({ visible: true })).toHaveCount(3);
  });

  test("downloads the corrected article as .txt", async ({ page }) => {
    const id = await importViaApi("editor", "Export check\n\nImran Kahn spoke.");
    await page.goto(`/articles/${id}`);
    const row = sentenceRow(page, "Imran Kahn spoke.");
    await row.getByRole("textbox").fill("Imran Khan spoke.");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row.getByTestId("save-state")).toHaveText("Saved");
    await page.getByText("Export", { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Plain text (.txt)" }).click()]);
    expect(download.suggestedFilename()).toBe("export-check.txt");
    const file = await download.path();
    const { readFile } = await import("node:fs/promises");
    expect(await readFile(file, "utf8")).toBe("Export check\n\nImran Khan spoke.");
  });
});

test("two editors on one sentence get a conflict, not a lost edit", async ({ browser }) => {
  const id = await importViaApi("editor", "Conflict check\n\nThe inter-agency dialogue must begin.");
  const first = await pageAs(browser, "editor");
  const second = await pageAs(browser, "editor2");
  await first.goto(`/articles/${id}`);
  await second.goto(`/articles/${id}`);

  // The second editor is in the sentence when the first saves it: live updates leave a row being edited alone,
  // so the second editor's save starts from a stale version.
  const theirs = sentenceRow(second, "inter-agency");
  await theirs.getByRole("textbox").focus();
  const mine = sentenceRow(first, "inter-agency");
  await mine.getByRole("textbox").fill("The inter-Afghan dialogue must begin.");
  await mine.getByRole("button", { name: "Save" }).click();
  await expect(mine.getByTestId("save-state")).toHaveText("Saved");

  await theirs.getByRole("textbox").fill("The intra-Afghan dialogue must begin.");
  await theirs.getByRole("button", { name: "Save" }).click();
  const conflict = theirs.getByTestId("conflict");
  await expect(conflict).toContainText("Eddie Editor");
  await expect(conflict.getByTestId("conflict-theirs")).toHaveText("The inter-Afghan dialogue must begin.");
  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await expect(theirs.getByTestId("save-state")).toHaveText("Saved");

  await theirs.getByRole("button", { name: "History" }).click();
  await expect(theirs.getByTestId("revision")).toHaveCount(3);
  await expect(theirs.getByTestId("history")).toContainText("Erin Editor");
  await expect(theirs.getByTestId("history")).toContainText("Eddie Editor");
});

test("a viewer reads and exports but has no field to edit", async ({ browser }) => {
  const id = await importViaApi("editor", "Viewer check\n\nOnly reading here.");
  const page = await pageAs(browser, "viewer");
  await page.goto(`/articles/${id}`);
  await expect(sentenceRow(page, "Only reading here.").getByTestId("correction")).toHaveText("Only reading here.");
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  await page.goto("/articles/new");
  await expect(page).toHaveURL(/\/forbidden$/);
});

test("hostile HTML in an article shows as text and never runs", async ({ browser }) => {
  const hostile = "<script>alert(1)</script> and <img src=x onerror=alert(1)> are here.";
  const id = await importViaApi("editor", `XSS check\n\n${hostile}`);
  const page = await pageAs(browser, "editor");
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/articles/${id}`);
  await expect(page.getByTestId("source").filter({ hasText: "<script>alert(1)</script>" })).toHaveText(hostile);
  const row = sentenceRow(page, "<script>");
  await row.getByRole("textbox").fill(`${hostile} <b onmouseover=alert(2)>x</b>`);
  await expect(row.getByTestId("diff").locator("ins")).toContainText("<b onmouseover=alert(2)>x</b>");
  await page.goto("/");
  await expect(page.getByRole("link", { name: "XSS check" })).toBeVisible();
  expect(dialogs).toEqual([]);
  await expect(page.locator("img[src=x]")).toHaveCount(0);
});

test("a signed-out visitor is sent to sign in", async ({ page }) => {
  await page.goto("/articles/1");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Farticles%2F1$/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("the sign-in page shows Redline's icon, which loads without a session", async ({ page }) => {
  const problems: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto("/signin");
  const href = await page.locator('link[rel="icon"]').getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await page.request.get(href ?? "", { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(problems).toEqual([]);
});

test("Sign out ends the session and sends the editor to sign in", async ({ page, playwright, baseURL }) => {
  // Signing out ends every session of that user: a user of this test's own, not a shared one.
  const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
  const user = await createUser(admin, "EDITOR");
  await admin.dispose();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("who")).toContainText(user.name);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/my-work");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmy-work$/);
});
