import { describe, expect, it } from "vitest";
import type { SentenceView } from "@/lib/api-types";
import { compactSentences, expandSentences } from "./compact-sentences";

const erin = { id: 7, name: "Erin Editor", email: "erin@example.org" };
const rob = { id: 9, name: "Rob Reviewer", email: "rob@example.org" };

const imported = { kind: "IMPORT", author: erin, createdAt: "2026-11-28T10:00:00.000Z" };

function sentence(id: number, patch: Partial<SentenceView> = {}): SentenceView {
  const text = `Sentence ${id}.`;
  const base = { id, articleId: 3, position: id * 1024, paragraph: Math.floor(id / 2), block: "p", prefix: "", sourceText: text, text } as const;
  return { ...base, status: "UNTOUCHED", version: 1, originalText: null, updatedAt: imported.createdAt, lastChange: imported, hter: 0, ...patch };
}

describe("compact sentences", () => {
  const sentences = [
    sentence(1),
    sentence(2, { text: "Sentence two, corrected.", status: "EDITED", version: 2, hter: 0.5, lastChange: { kind: "EDIT", author: rob, createdAt: "2026-11-28T11:00:00.000Z" } }),
    sentence(3, { block: "code", originalText: "Phrase 3.", lastChange: null }),
    sentence(4, { text: "", status: "EDITED", version: 3, lastChange: { kind: "EDIT", author: erin, createdAt: "2026-11-28T12:00:00.000Z" } }),
    sentence(5, { block: "footnote", prefix: "[1] " }),
  ];

  it("gives the sentences back unchanged", () => {
    expect(expandSentences(compactSentences(3, sentences))).toEqual(sentences);
    expect(expandSentences(compactSentences(3, []))).toEqual([]);
  });

  it("sends each author once and an untouched correction not at all", () => {
    const compact = compactSentences(3, sentences);
    expect(compact.people).toEqual([erin, rob]);
    expect(compact.rows[0][5]).toBeNull();
    expect(compact.rows[3][5]).toBe("");
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(sentences).length / 2);
  });
});
