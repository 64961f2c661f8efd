import { expect, test } from "@playwright/test";
import { storageStatePath } from "../support/users";
import { demoText, importViaApi, sentenceRow } from "./helpers";

test.describe("automatic checks in the workspace", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("an editor fixes the inconsistent name Kahn from the checks panel", async ({ page }) => {
    const id = await importViaApi("editor", demoText);
    await page.goto(`/articles/${id}`);

    const panel = page.getByRole("region", { name: "Checks" });
    await panel.getByText("Checks", { exact: true }).click();
    const warning = panel.getByTestId("qa-issue").filter({ has: page.getByTestId("flagged").filter({ hasText: /^Kahn$/ }) });
    await expect(warning).toHaveCount(1);
    await expect(warning).toContainText("Inconsistent name");

    const row = sentenceRow(page, "Kahn also asked");
    const original = await row.getByRole("textbox").inputValue();
    await expect(row.getByTestId("hter")).toHaveText("HTER 0.00");
    await expect(row.getByTestId("row-warnings")).toHaveAttribute("title", /Kahn/);

    await warning.getByRole("button", { name: "Fix" }).click();
    await expect(row.getByRole("textbox")).toHaveValue(original.replace("Kahn", "Khan"));
    await expect(row.getByTestId("status")).toHaveText("edited");
    await expect(row.getByTestId("hter")).not.toHaveText("HTER 0.00");
    // Focus lands in the fixed sentence.
    await expect(row.getByRole("textbox")).toBeFocused();
    await expect(warning).toHaveCount(0);
    await expect(panel.getByTestId("qa-issue").filter({ hasText: "Inconsistent name" })).toHaveCount(0);
    await expect(row.getByTestId("row-warnings")).toHaveCount(0);

    await row.getByRole("button", { name: "History" }).click();
    await expect(row.getByTestId("revision")).toHaveCount(2);
    await expect(row.getByTestId("revision").first()).toContainText("edit");

    await page.reload();
    await expect(sentenceRow(page, "Kahn also asked").getByRole("textbox")).toHaveValue(original.replace("Kahn", "Khan"));
  });

  test("a dismissed warning leaves the panel and shows in the timeline; a check can be switched off", async ({ page }) => {
    const id = await importViaApi("editor", demoText);
    await page.goto(`/articles/${id}`);
    const panel = page.getByRole("region", { name: "Checks" });
    await panel.getByText("Checks", { exact: true }).click();
    const names = panel.getByTestId("qa-issue").filter({ hasText: "Inconsistent name" });
    await expect(names).toHaveCount(1);
    await names.getByRole("button", { name: "Dismiss" }).click();
    await expect(names).toHaveCount(0);
    await expect(panel.getByTestId("checks-summary")).toContainText("1 dismissed");

    const finalPunctuation = panel.getByRole("checkbox", { name: /Missing final punctuation/ });
    await expect(finalPunctuation).toBeChecked();
    await finalPunctuation.uncheck();
    await expect(finalPunctuation).not.toBeChecked();
    await page.reload();
    await page.getByRole("region", { name: "Checks" }).getByText("Checks", { exact: true }).click();
    await expect(page.getByRole("region", { name: "Checks" }).getByRole("checkbox", { name: /Missing final punctuation/ })).not.toBeChecked();

    await page.getByRole("link", { name: "Timeline" }).click();
    await expect(page.getByTestId("dismissals")).toContainText("dismissed inconsistent name warning");
    await expect(page.getByTestId("dismissals")).toContainText("Eddie Editor");
  });
});
