import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "../support/users";
import { sentenceRow } from "./helpers";

const fixtureDir = path.join(import.meta.dirname, "../fixtures/import");
const headline = "Russia and China advocate a pragmatic rapprochement with the Taliban";

/** Drops a fixture file on the drop zone as a person dragging it from their desktop would. */
async function dropFile(page: Page, name: string, type: string) {
  const data = readFileSync(path.join(fixtureDir, name)).toString("base64");
  const dataTransfer = await page.evaluateHandle(
    ({ data, name, type }) => {
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], name, { type }));
      return transfer;
    },
    { data, name, type },
  );
  const zone = page.getByRole("region", { name: "Drop a file here" });
  await zone.dispatchEvent("dragover", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
}

test.describe("an editor importing a file", () => {
  test.use({ storageState: storageStatePath("editor") });

  // 11 sentences: the page's photo caption is page furniture, not text to review.
  test("drops an HTML page, previews its sentences, re-splits for another language and imports it", async ({ page }) => {
    await page.goto("/articles/new");
    await dropFile(page, "article.html", "text/html");

    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByTestId("preview-title")).toHaveText(headline);
    await expect(preview.getByTestId("preview-sentences")).toHaveText("11");
    await expect(preview.getByRole("list", { name: "First sentences" }).getByRole("listitem").first()).toHaveText(headline);
    await expect(page.getByLabel("Translation language")).toHaveValue("en");
    await expect(page.locator("form").getByRole("alert")).toHaveText("");

    await page.getByLabel("Translation language").fill("fr");
    await page.getByRole("button", { name: "Re-split" }).click();
    await expect(preview.getByTestId("preview-target-lang")).toContainText("fr");
    await expect(preview.getByTestId("preview-sentences")).toHaveText("11");

    await page.getByRole("button", { name: "Import" }).click();
    await expect(page).toHaveURL(/\/articles\/\d+$/, { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
    await expect(page.getByTestId("sentence")).toHaveCount(11);
    await expect(page.getByTestId("source").first()).toHaveText(headline);
  });

  test("picks a password-protected .docx and is told why it cannot be read", async ({ page }) => {
    await page.goto("/articles/new");
    await page.getByLabel("File (.txt, .md, .html, .docx, .xlf)").setInputFiles(path.join(fixtureDir, "password-protected.docx"));
    await expect(page.locator("form").getByRole("alert")).toContainText("password-protected");
    await expect(page.getByRole("region", { name: "Preview" })).toHaveCount(0);
  });

  test("pastes an article with its original text and sees the original beside each sentence", async ({ page }) => {
    await page.goto("/articles/new");
    await page.getByLabel("Machine-translated text").fill("The cat sat on the mat. The dog barked.\n\nA second paragraph.");
    await page.getByLabel("Original language").fill("fr");
    await page.getByLabel("Original text").fill("Le chat était assis sur le tapis. Le chien a aboyé.\n\nUn second paragraphe.");
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page).toHaveURL(/\/articles\/\d+$/, { timeout: 30_000 });
    await expect(sentenceRow(page, "The dog barked.").getByTestId("original")).toHaveText("Le chien a aboyé.");
    await expect(sentenceRow(page, "A second paragraph.").getByTestId("original")).toHaveText("Un second paragraphe.");
  });
});
