import { readFile } from "node:fs/promises";
import { expect, request, test } from "@playwright/test";
import { storageStatePath, testBaseUrl } from "../support/users";
import { importViaApi, sentenceRow } from "./helpers";

test.use({ storageState: storageStatePath("editor") });

/** Set-up through the API: an article whose original text the aligner pairs one to one. */
async function articleWithOriginal(): Promise<number> {
  const id = await importViaApi("editor", "The cat sat on the mat. The dog barked.\n\nA second paragraph.", "Original check");
  const api = await request.newContext({ baseURL: testBaseUrl, storageState: storageStatePath("editor") });
  const response = await api.post(`/api/v1/articles/${id}/original`, {
    data: { text: "Le chat était assis sur le tapis. Le chien a aboyé.\n\nUn second paragraphe." },
  });
  expect(response.status()).toBe(200);
  await api.dispose();
  return id;
}

test("the original text is a column of its own, and an editor moves a sentence across a row boundary", async ({ page }) => {
  const id = await articleWithOriginal();
  await page.goto(`/articles/${id}`);
  const cat = sentenceRow(page, "The cat sat on the mat.");
  const dog = sentenceRow(page, "The dog barked.");
  await expect(cat.getByTestId("original")).toHaveText("Le chat était assis sur le tapis.");
  await expect(dog.getByTestId("original")).toHaveText("Le chien a aboyé.");

  // On a wide screen the original stands left of the machine translation, on the same line.
  const original = await cat.getByTestId("original").boundingBox();
  const source = await cat.getByTestId("source").boundingBox();
  const correction = await cat.getByRole("textbox").boundingBox();
  expect(original && source && correction).toBeTruthy();
  if (original && source && correction) {
    expect(original.x + original.width).toBeLessThanOrEqual(source.x);
    expect(source.x + source.width).toBeLessThanOrEqual(correction.x);
    expect(Math.abs(original.y - source.y)).toBeLessThan(5);
  }

  await dog.getByRole("button", { name: "Move the first original sentence to the previous row" }).click();
  await expect(cat.getByTestId("original")).toHaveText("Le chat était assis sur le tapis. Le chien a aboyé.");
  await expect(dog.getByTestId("original")).toHaveCount(0);
  await expect(dog.getByTestId("original-column")).toContainText("No original text");

  await page.reload();
  await expect(cat.getByTestId("original")).toHaveText("Le chat était assis sur le tapis. Le chien a aboyé.");
  await dog.getByRole("button", { name: "Move the last original sentence of the previous row here" }).click();
  await expect(dog.getByTestId("original")).toHaveText("Le chien a aboyé.");
  await expect(cat.getByTestId("original")).toHaveText("Le chat était assis sur le tapis.");
});

test("the redline PDF downloads from the export menu", async ({ page }) => {
  const id = await importViaApi("editor", "Imran Kahn spoke.", "PDF check");
  await page.goto(`/articles/${id}`);
  await page.getByText("Export", { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Redline for print (.pdf)" }).click()]);
  expect(download.suggestedFilename()).toBe("pdf-check-redline.pdf");
  const file = await readFile(await download.path());
  expect(file.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await expect(page.getByRole("progressbar", { name: "Export progress" })).toHaveCount(0);
});
