import { expect, test } from "@playwright/test";
import { storageStatePath } from "../support/users";
import { importViaApi, sentenceRow } from "./helpers";

const text = `Talks in Islamabad

Imran Kahn met the delegation on Monday. The talks lasted two hours. Kahn said little afterwards.`;

test.describe("an editor replacing a name across an article", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("previews every hit with its diff, applies them as one change, then reverts the change set", async ({ page }) => {
    const id = await importViaApi("editor", text);
    await page.goto(`/articles/${id}`);
    await page.getByRole("link", { name: "Find and replace" }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${id}/replace$`));

    await page.getByLabel("Find", { exact: true }).fill("Kahn");
    await page.getByLabel("Replace with").fill("Khan");
    await page.getByLabel("Match case").check();
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByTestId("replace-summary")).toHaveText("2 matches in 2 sentences");
    const hits = page.getByTestId("replace-hit");
    await expect(hits).toHaveCount(2);
    await expect(hits.nth(0)).toContainText("Sentence 2");
    await expect(hits.nth(0).locator("del")).toHaveText("Kahn");
    await expect(hits.nth(0).locator("ins")).toHaveText("Khan");
    await expect(hits.nth(1).locator("del")).toHaveText("Kahn");

    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByRole("status")).toContainText('Replace "Kahn" → "Khan" (2 sentences)');

    await page.getByRole("link", { name: "Back to the article" }).last().click();
    await expect(sentenceRow(page, "Imran Kahn met").getByRole("textbox")).toHaveValue("Imran Khan met the delegation on Monday.");
    await expect(sentenceRow(page, "Kahn said little").getByRole("textbox")).toHaveValue("Khan said little afterwards.");
    await expect(sentenceRow(page, "The talks lasted").getByRole("textbox")).toHaveValue("The talks lasted two hours.");

    // The timeline shows the change set as one group, and reverting it brings the original text back.
    await page.getByRole("link", { name: "Timeline" }).click();
    const changeSet = page.getByTestId("change-set").filter({ hasText: 'Replace "Kahn" → "Khan"' });
    await expect(changeSet.getByRole("listitem")).toHaveCount(2);
    await changeSet.getByRole("button", { name: "Revert change set" }).click();
    await expect(page.getByText("Reverted: 2 sentences restored.")).toBeVisible();

    // Filtered by kind, the timeline shows just the revert's two revisions, grouped as one change set.
    await page.getByLabel("Kind").selectOption("REVERT");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/kind=REVERT/);
    await expect(page.getByTestId("change-set")).toHaveCount(1);
    await expect(page.getByTestId("change-set")).toContainText('Revert: Replace "Kahn" → "Khan"');
    await expect(page.getByTestId("change-set").getByRole("listitem")).toHaveCount(2);

    await page.goto(`/articles/${id}`);
    await expect(sentenceRow(page, "Imran Kahn met").getByRole("textbox")).toHaveValue("Imran Kahn met the delegation on Monday.");
    await expect(sentenceRow(page, "Kahn said little").getByRole("textbox")).toHaveValue("Kahn said little afterwards.");
  });

  test("the replace page reverts right after applying, and an invalid regex is explained", async ({ page }) => {
    const id = await importViaApi("editor", text);
    await page.goto(`/articles/${id}/replace`);
    await page.getByLabel("Find", { exact: true }).fill("(Kahn");
    await page.getByLabel("Regex").check();
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByText(/regular expression is not valid: unterminated group/i)).toBeVisible();

    await page.getByLabel("Find", { exact: true }).fill("K(ah)n");
    await page.getByLabel("Replace with").fill("Kh$1");
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByTestId("replace-hit")).toHaveCount(2);
    await expect(page.getByTestId("replace-hit").first().locator("ins")).toHaveText("Khah");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.getByRole("button", { name: "Revert this change set" }).click();
    await expect(page.getByText("Reverted: 2 sentences restored.")).toBeVisible();

    // In a sentence's history, any two revisions can be compared.
    await page.goto(`/articles/${id}`);
    const row = sentenceRow(page, "Imran Kahn met");
    await row.getByRole("textbox").click();
    await row.getByRole("button", { name: "History" }).click();
    await expect(row.getByTestId("revision")).toHaveCount(3);
    await row.getByTestId("revision").nth(2).getByLabel("Compare").check();
    await row.getByTestId("revision").nth(1).getByLabel("Compare").check();
    await expect(row.getByTestId("revision-compare").locator("del")).toHaveText("Kahn");
    await expect(row.getByTestId("revision-compare").locator("ins")).toHaveText("Khah");

    // Compare the article before and after: nothing differs once reverted.
    await page.goto(`/articles/${id}/compare`);
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page.getByTestId("compare-summary")).toHaveText("0 of 4 sentences differ.");
  });
});
