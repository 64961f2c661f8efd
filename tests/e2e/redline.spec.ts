import { expect, test } from "@playwright/test";
import { storageStatePath } from "../support/users";
import { importViaApi, sentenceRow } from "./helpers";

test.use({ storageState: storageStatePath("editor") });

test("the printable redline shows each change struck through and inserted, with who made it", async ({ page }) => {
  const id = await importViaApi("editor", "Redline check\n\nImran Kahn spoke at the summit. Nothing else changed.");
  await page.goto(`/articles/${id}`);
  const row = sentenceRow(page, "Imran Kahn spoke");
  await row.getByRole("textbox").fill("Imran Khan spoke at the summit.");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByTestId("save-state")).toHaveText("Saved");

  await page.getByText("Export", { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Redline for print (.html)" }).click()]);
  expect(download.suggestedFilename()).toBe("redline-check-redline.html");
  // Save it under its own name (the .html extension makes the browser render it), then open it.
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await page.goto(`file://${file}`);
  const article = page.locator("article");
  await expect(article.locator("del")).toHaveText(["Kahn"]);
  await expect(article.locator("ins")).toHaveText(["Khan"]);
  await expect(page.getByText("Nothing else changed.")).toBeVisible();
  await expect(page.locator("body")).toContainText("Eddie Editor");
  await expect(article.locator("del")).toHaveCSS("text-decoration-line", "line-through");
});
