import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageStatePath } from "../support/users";
import { importViaApi, sentenceRow } from "./helpers";

/** Double-clicks a word of an element, as a person selecting it with the mouse would. */
async function doubleClickWord(page: Page, element: Locator, word: string): Promise<void> {
  const box = await element.evaluate((el, w) => {
    const node = el.firstChild;
    if (!node || !node.textContent) throw new Error("No text to select");
    const at = node.textContent.indexOf(w);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + w.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, word);
  await page.mouse.dblclick(box.x, box.y);
}

test.describe("a reviewer annotating MQM errors", () => {
  test.use({ storageState: storageStatePath("reviewer") });

  test("selects a word, annotates it Major Accuracy/Mistranslation, sees it underlined and the score change", async ({ page }) => {
    const id = await importViaApi("reviewer", "Imran Kahn spoke to the press today.", "An article to annotate");
    await page.goto(`/articles/${id}`);
    const row = sentenceRow(page, "Imran Kahn spoke");
    await expect(page.getByTestId("mqm-oqs")).toHaveText("100.00");
    await expect(page.getByTestId("mqm-pass")).toHaveText("pass");
    await expect(page.getByTestId("mqm-wmt")).toHaveText("0");
    await expect(row.getByRole("button", { name: "Annotate" })).toHaveCount(0);

    await doubleClickWord(page, row.getByTestId("source"), "Kahn");
    await row.getByRole("button", { name: "Annotate" }).click();
    await expect(row.getByRole("form", { name: "MQM annotation" })).toContainText("Kahn");
    await row.getByLabel("Category").selectOption("Accuracy/Mistranslation");
    await row.getByLabel("Severity").selectOption("Major");
    await row.getByLabel("Comment").fill("the name is Khan");
    await row.getByRole("button", { name: "Save annotation" }).click();

    const mark = row.getByTestId("annotated-source").locator("mark");
    await expect(mark).toHaveText("Kahn");
    await expect(mark).toHaveAttribute("title", "Major Accuracy/Mistranslation: the name is Khan");
    await expect(row.getByTestId("annotation")).toContainText("Major Accuracy/Mistranslation");
    // 7 words, one Major error: OQS 100 − 500/7; WMT 5 for the only sentence.
    await expect(page.getByTestId("mqm-oqs")).toHaveText("28.57");
    await expect(page.getByTestId("mqm-pass")).toHaveText("fail");
    await expect(page.getByTestId("mqm-wmt")).toHaveText("5");

    await page.reload();
    await expect(sentenceRow(page, "Imran Kahn spoke").getByTestId("annotated-source").locator("mark")).toHaveText("Kahn");

    await sentenceRow(page, "Imran Kahn spoke").getByRole("button", { name: "Edit annotation Major Accuracy/Mistranslation: the name is Khan" }).click();
    await sentenceRow(page, "Imran Kahn spoke").getByLabel("Severity").selectOption("Minor");
    await sentenceRow(page, "Imran Kahn spoke").getByRole("button", { name: "Save annotation" }).click();
    await expect(page.getByTestId("mqm-wmt")).toHaveText("1");

    await sentenceRow(page, "Imran Kahn spoke").getByRole("button", { name: /^Delete annotation/ }).click();
    await expect(sentenceRow(page, "Imran Kahn spoke").getByTestId("annotation")).toHaveCount(0);
    await expect(page.getByTestId("mqm-oqs")).toHaveText("100.00");
    await expect(page.getByTestId("mqm-wmt")).toHaveText("0");
  });
});
