import { describe, expect, it } from "vitest";
import { exportArticle } from "./index";
import { toJsonBundle } from "./json";
import { hostileScript, sampleArticle } from "./test-fixtures";

describe("json export", () => {
  it("is the audit bundle: article, sentences in order with revisions, extras", async () => {
    const file = await exportArticle(sampleArticle(), "json", {
      annotations: [{ sentenceId: 101, category: "accuracy" }],
      comments: [],
      quality: { ter: 0.12 },
      exportedAt: "2021-09-18T00:00:00.000Z",
    });
    expect(file.contentType).toBe("application/json; charset=utf-8");
    expect(file.filename).toMatch(/\.json$/);
    const bundle = JSON.parse(String(file.body));
    expect(bundle.format).toBe("redline-article");
    expect(bundle.version).toBe(1);
    expect(bundle.exportedAt).toBe("2021-09-18T00:00:00.000Z");
    expect(bundle.article).toMatchObject({
      id: 7,
      title: "Russia and China advocate a pragmatic rapprochement with the Taliban",
      sourceLang: "fr",
      targetLang: "en",
      createdBy: { name: "Import Bot", email: "import@example.test" },
    });
    expect(bundle.sentences.map((s: { position: number }) => s.position)).toEqual([0, 1, 2, 3, 4, 5]);
    const second = bundle.sentences[1];
    expect(Object.keys(second)).toEqual(
      expect.arrayContaining(["id", "position", "paragraph", "block", "sourceText", "text", "status", "version", "originalText", "revisions"]),
    );
    expect(second.status).toBe("CONFIRMED");
    expect(second.revisions.map((r: { kind: string }) => r.kind)).toEqual(["IMPORT", "EDIT", "CONFIRM"]);
    expect(second.revisions[2].author).toEqual({ name: "Bob O'Brien", email: "bob@example.test" });
    expect(bundle.sentences[0].originalText).toBe("La Russie et la Chine plaident pour un rapprochement avec les talibans");
    expect(bundle.sentences[2].text).toContain(hostileScript);
    expect(bundle.annotations).toEqual([{ sentenceId: 101, category: "accuracy" }]);
    expect(bundle.comments).toEqual([]);
    expect(bundle.quality).toEqual({ ter: 0.12 });
  });

  it("omits absent extras and cannot be overridden by them", () => {
    const bundle = JSON.parse(toJsonBundle(sampleArticle()));
    expect(bundle).not.toHaveProperty("annotations");
    expect(bundle).not.toHaveProperty("quality");
    expect(Number.isNaN(Date.parse(bundle.exportedAt))).toBe(false);
  });
});
