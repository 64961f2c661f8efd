import { expect, test } from "@playwright/test";
import { storageStatePath, testBaseUrl } from "../support/users";
import { importViaApi, sentenceRow } from "./helpers";

test.use({ storageState: storageStatePath("editor") });

const text = "Split check\n\nPutin spoke at length. Via videoconference, he addressed the summit. The end.";

async function exportedText(page: import("@playwright/test").Page, id: number): Promise<string> {
  const response = await page.request.get(`${testBaseUrl}/api/v1/articles/${id}/export?format=txt`);
  return response.text();
}

test("merges a sentence with the next and undoes it, keeping the article's text", async ({ page }) => {
  const id = await importViaApi("editor", text);
  await page.goto(`/articles/${id}`);
  await expect(page.getByTestId("sentence")).toHaveCount(4);

  await sentenceRow(page, "Putin spoke at length.").getByRole("textbox").click();
  await sentenceRow(page, "Putin spoke at length.").getByRole("button", { name: "Merge with next" }).click();
  await expect(page.getByTestId("sentence")).toHaveCount(3);
  const merged = sentenceRow(page, "Putin spoke at length. Via videoconference, he addressed the summit.");
  await expect(merged.getByRole("textbox")).toHaveValue("Putin spoke at length. Via videoconference, he addressed the summit.");
  await expect(merged.getByRole("textbox")).toBeFocused();
  expect(await exportedText(page, id)).toBe(text);

  await merged.getByRole("button", { name: "History" }).click();
  await expect(merged.getByTestId("history")).toContainText("merge");
  await expect(merged.getByTestId("history")).toContainText("earlier sentence");

  await merged.getByRole("button", { name: "Undo merge" }).click();
  await expect(page.getByTestId("sentence")).toHaveCount(4);
  await expect(sentenceRow(page, "Putin spoke at length.").getByRole("textbox")).toHaveValue("Putin spoke at length.");
  await expect(sentenceRow(page, "Putin spoke at length.").getByRole("textbox")).toBeFocused();
  await page.reload();
  await expect(page.getByTestId("sentence")).toHaveCount(4);
});

test("splits a sentence at the cursor, numbers stay in order, and the split can be undone", async ({ page }) => {
  const id = await importViaApi("editor", text);
  await page.goto(`/articles/${id}`);
  const row = sentenceRow(page, "Via videoconference");
  const field = row.getByRole("textbox");
  await field.click();
  await field.press("Control+Home");
  for (let i = 0; i < "Via videoconference,".length; i += 1) await field.press("ArrowRight");
  await row.getByRole("button", { name: "Split" }).click();

  await expect(page.getByTestId("sentence")).toHaveCount(5);
  await expect(sentenceRow(page, "Via videoconference,").getByRole("textbox")).toHaveValue("Via videoconference,");
  const second = sentenceRow(page, "he addressed the summit.");
  await expect(second.getByRole("textbox")).toHaveValue("he addressed the summit.");
  // Focus lands at the start of the new second part, where the editor goes on.
  await expect(second.getByRole("textbox")).toBeFocused();
  await expect(second.getByTestId("number")).toHaveText("Sentence 4");
  expect(await exportedText(page, id)).toBe(text);

  await page.reload();
  await expect(page.getByTestId("sentence")).toHaveCount(5);
  await sentenceRow(page, "he addressed the summit.").getByRole("textbox").click();
  await sentenceRow(page, "he addressed the summit.").getByRole("button", { name: "Undo split" }).click();
  await expect(page.getByTestId("sentence")).toHaveCount(4);
  await expect(sentenceRow(page, "Via videoconference").getByRole("textbox")).toHaveValue("Via videoconference, he addressed the summit.");
  await expect(sentenceRow(page, "Via videoconference").getByRole("textbox")).toBeFocused();
});
