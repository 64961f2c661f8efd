import { expect, request, test } from "@playwright/test";
import { storageStatePath, testBaseUrl } from "../support/users";
import { importViaApi } from "./helpers";

test.describe("quality dashboard and glossary", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("an article's quality page shows HTER, the MQM score and a chart of its errors", async ({ page }) => {
    const id = await importViaApi("editor", "The minister spoke to reporters. He was very clear about it.", "Dashboard article");
    // Real data through the API: one corrected sentence and one annotated word.
    const api = await request.newContext({ baseURL: testBaseUrl, storageState: storageStatePath("editor") });
    const article = (await (await api.get(`/api/v1/articles/${id}`)).json()) as { sentences: { id: number; version: number; sourceText: string }[] };
    const [first] = article.sentences;
    expect((await api.patch(`/api/v1/sentences/${first.id}`, { data: { text: "The minister talked to the reporters.", version: first.version } })).status()).toBe(200);
    const start = first.sourceText.indexOf("spoke");
    const annotation = { target: "source", start, end: start + 5, category: "Fluency/Grammar", severity: "Minor", comment: "tense" };
    expect((await api.post(`/api/v1/sentences/${first.id}/annotations`, { data: annotation })).status()).toBe(201);
    await api.dispose();

    await page.goto(`/articles/${id}`);
    await page.getByRole("main").getByRole("link", { name: "Quality", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${id}/quality$`));
    await expect(page.getByRole("heading", { name: "Quality: Dashboard article" })).toBeVisible();
    await expect(page.getByTestId("hter")).toContainText("HTER");
    await expect(page.getByTestId("hter")).not.toContainText("0.000");
    await expect(page.getByTestId("edited")).toContainText("50%");
    await expect(page.getByTestId("oqs")).toContainText(/Fail|Pass/);
    await expect(page.getByTestId("oqs")).toContainText("1 errors");
    const chart = page.getByRole("region", { name: "Errors chart" });
    await expect(chart.locator("svg").first()).toBeVisible();
    await expect(chart).toContainText("Fluency/Grammar");

    // The cross-article view lists it too.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Quality" }).click();
    await expect(page.getByTestId("quality-row").filter({ hasText: "Dashboard article" }).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Trend chart" }).locator("svg").first()).toBeVisible();
  });

  test("an editor adds a glossary term and sees it listed", async ({ page }) => {
    const term = `Glossaryterm${Date.now()}`;
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Glossary" }).click();
    await expect(page.getByRole("heading", { name: "Glossary" })).toBeVisible();
    const form = page.getByRole("form", { name: "Add a term" });
    await form.getByLabel("Preferred term").fill(term);
    await form.getByLabel("Forbidden variants").fill("Oldterm | Olderterm");
    await form.getByRole("button", { name: "Add term" }).click();
    const row = page.getByTestId("glossary-term").filter({ hasText: term });
    await expect(row).toContainText("Oldterm, Olderterm");
    await page.reload();
    await expect(page.getByTestId("glossary-term").filter({ hasText: term })).toBeVisible();
  });
});
