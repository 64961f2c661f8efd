import type { APIRequestContext } from "@playwright/test";
import type { ChecksView, GlossaryImportResult } from "../../lib/api-types";
import { editSentence, expect, expectJson, importArticle, test, unique } from "../api/client";

// Runs after the API and browser projects, alone (playwright.config.ts, project "isolated"): for up to a
// minute the installation's glossary holds 100,000 terms and the server is busy importing them, which
// would disturb tests that read the glossary or wait 10 s for a page.

function importCsv(api: APIRequestContext, csv: string, mode?: "merge" | "replace") {
  return api.post(`/api/v1/glossary/import${mode ? `?mode=${mode}` : ""}`, { data: csv, headers: { "Content-Type": "text/csv" } });
}

/** A word no other test's article contains. */
const word = (prefix: string) => unique(prefix).replace(/-/g, "");

test.describe("glossary at its limit", () => {
  test("imports 100,000 terms (the limit) while reads and saves keep answering, then the glossary is restored", async ({ as }) => {
    test.setTimeout(300_000);
    const editor = await as("editor");
    const prefix = word("Bulk");
    const article = await importArticle(editor, `The envoy praised ${prefix}old5 today. Nothing else happened.`);
    const { id } = article.sentences[0];
    let { version } = article.sentences[0];
    const big = ["term,forbidden", ...Array.from({ length: 100_000 }, (_, i) => `${prefix}${i},${prefix}old${i}`)].join("\n");
    const before = await (await editor.get("/api/v1/glossary/export?format=csv")).text();
    const waits: number[] = [];
    const importWhileBusy = async () => {
      let running = true;
      const importing = editor.post("/api/v1/glossary/import?mode=replace", { data: big, headers: { "Content-Type": "text/csv" }, timeout: 240_000 });
      void importing.finally(() => (running = false));
      while (running) {
        const started = Date.now();
        expect((await editor.get(`/api/v1/articles/${article.id}`)).status()).toBe(200);
        const saved = await expectJson<{ version: number }>(await editSentence(editor, id, `Saved during the import ${waits.length}.`, version), 200);
        version = saved.version;
        waits.push(Date.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return importing;
    };
    let response = await importWhileBusy();
    // Another glossary write meanwhile (a test of another file) makes it a 409 that changes nothing: try again.
    for (let attempt = 1; attempt < 3 && response.status() === 409; attempt++) response = await importWhileBusy();
    expect(await expectJson<GlossaryImportResult>(response, 200)).toEqual({ mode: "replace", created: 100_000, updated: 0, deleted: expect.any(Number), total: 100_000 });
    expect(waits.length).toBeGreaterThan(2);
    // A read and a save together, each within a few seconds even on a loaded machine.
    expect(Math.max(...waits)).toBeLessThan(8000);
    const checks = await expectJson<ChecksView>(await editor.get(`/api/v1/articles/${article.id}/checks`), 200);
    expect(checks.issues.filter((issue) => issue.check === "glossary")).toEqual([]); // the saves replaced the variant
    // The article page carries the MT's glossary marks, not the 100,000 terms.
    const page = await editor.get(`/articles/${article.id}`);
    expect(page.status()).toBe(200);
    const html = await page.text();
    expect(html).toContain(`Forbidden: use “${prefix}5”`);
    expect(html).not.toContain(`${prefix}99999`);
    expect(html.length).toBeLessThan(400_000);

    const restored = await expectJson<GlossaryImportResult>(await importCsv(editor, before, "replace"), 200);
    expect(restored).toMatchObject({ mode: "replace", deleted: 100_000 });
    expect(await (await editor.get("/api/v1/glossary/export?format=csv")).text()).toBe(before);
  });
});
