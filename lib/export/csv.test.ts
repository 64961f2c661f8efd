import { describe, expect, it } from "vitest";
import { toHistoryCsv } from "./csv";
import { exportArticle } from "./index";
import { sampleArticle } from "./test-fixtures";

/** A small RFC 4180 reader for the tests. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") row.push(cell), (cell = "");
    else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  return rows;
}

describe("csv export", () => {
  it("writes one row per revision, article order then time order, with before/after", async () => {
    const file = await exportArticle(sampleArticle(), "csv");
    expect(file.filename).toMatch(/-history\.csv$/);
    expect(file.contentType).toContain("text/csv");
    const text = String(file.body);
    expect(text.startsWith("\uFEFFtime,author,sentence,kind,before,after\r\n")).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(["time", "author", "sentence", "kind", "before", "after"]);
    const body = rows.slice(1);
    expect(body).toHaveLength(6 + 6);
    expect(body.map((r) => `${r[2]}:${r[3]}`)).toEqual([
      "1:IMPORT", "1:EDIT", "2:IMPORT", "2:EDIT", "2:CONFIRM", "3:IMPORT", "4:IMPORT", "4:EDIT", "5:IMPORT", "5:CONFIRM", "6:IMPORT", "6:EDIT",
    ]);
    expect(body[0][4]).toBe("");
    expect(body[1]).toEqual([
      "2021-09-17T09:15:30.250Z",
      "Alice Martin",
      "1",
      "EDIT",
      "Russia and China plead for a rapprochement with the Taliban",
      "Russia and China advocate a pragmatic rapprochement with the Taliban",
    ]);
    expect(body[4][1]).toBe("Bob O'Brien");
    expect(body[4][4]).toBe(body[4][5]);
    // Quotes, commas and emoji survive the quoting.
    expect(body[5][5]).toBe(`He said "it's 5 < 6 & 7 > 3" and <script>alert(1)</script> <img src=x onerror=alert(1)>.`);
    expect(body[8][5]).toBe("Good news 🎉 for the region 👍🏽.");
  });

  it("quotes fields with commas, quotes and line breaks", () => {
    const article = sampleArticle();
    article.sentences[0].revisions[0].text = 'a, "b"\nc';
    const rows = parseCsv(toHistoryCsv(article).slice(1));
    expect(rows.some((r) => r[5] === 'a, "b"\nc')).toBe(true);
    expect(toHistoryCsv(article)).toContain('"a, ""b""\nc"');
  });
});
