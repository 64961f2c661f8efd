// Import, read and export of long articles, each against a baseline measured alternately:
// - import: POST /api/v1/articles vs Intl.Segmenter per paragraph + better-sqlite3 inserting the same
//   sentence and revision rows in one transaction (on a scratch copy of the schema);
// - read: GET of an edited article vs a raw SELECT of the same rows + JSON.stringify;
// - export docx-tracked / pdf vs the GET of the same article.
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { alternate, articleText, client, report, timed } from "./support/measure";
import { sharedRedline } from "./support/server";

const sizes = (process.env.BENCH_SIZES ?? "1000,5000").split(",").map(Number);
const redline = await sharedRedline();
const call = client(redline.url, redline.token);
const scratch = mkdtempSync(path.join(tmpdir(), "redline-bench-"));

interface Created {
  id: number;
  sentences: { id: number; version: number; text: string }[];
}

async function importArticle(count: number, title: string): Promise<Created> {
  const response = await call<Created>("POST", "/api/v1/articles", { title, text: articleText(count), sourceLang: "fr", targetLang: "en" });
  if (response.status !== 201) throw new Error(`Import answered ${response.status}.`);
  return response.json;
}

/** The raw work of an import: segment each paragraph, insert sentences and revisions in one transaction. */
function rawImport(count: number, schema: string[]): void {
  const file = path.join(scratch, `raw-${count}-${Math.random()}.db`);
  const sqlite = new Database(file);
  for (const statement of schema) sqlite.exec(statement);
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const insertArticle = sqlite.prepare("INSERT INTO Article (title, sourceLang, targetLang, createdById, createdAt, updatedAt) VALUES (?, 'fr', 'en', 1, ?, ?)");
  const insertSentence = sqlite.prepare(
    "INSERT INTO Sentence (articleId, position, paragraph, sourceText, text, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const insertRevision = sqlite.prepare(
    "INSERT INTO Revision (sentenceId, articleId, kind, text, status, version, authorId, createdAt) VALUES (?, ?, 'IMPORT', ?, 'UNTOUCHED', 1, 1, ?)",
  );
  sqlite.exec("PRAGMA foreign_keys = OFF");
  sqlite.transaction(() => {
    const now = Date.now();
    const articleId = insertArticle.run("raw", now, now).lastInsertRowid;
    let position = 0;
    articleText(count)
      .split("\n\n")
      .forEach((paragraph, index) => {
        for (const { segment } of segmenter.segment(paragraph)) {
          const text = segment.trim();
          const sentenceId = insertSentence.run(articleId, position++ * 1024, index, text, text, now, now).lastInsertRowid;
          insertRevision.run(sentenceId, articleId, text, now);
        }
      });
  })();
  sqlite.close();
}

/** Edits every fourth sentence (8 at a time), so reads and exports have diffs and revisions to show. */
async function editQuarter(article: Created): Promise<void> {
  const todo = article.sentences.filter((_, i) => i % 4 === 0);
  await Promise.all(
    Array.from({ length: 8 }, async (_, worker) => {
      for (let i = worker; i < todo.length; i += 8) {
        const s = todo[i];
        const text = s.text.replace("the session", "the long session").replace("discussed", "debated");
        const response = await call("PATCH", `/api/v1/sentences/${s.id}`, { text, version: s.version });
        if (response.status !== 200) throw new Error(`Edit answered ${response.status}.`);
      }
    }),
  );
}

function rawRead(file: string, articleId: number): number {
  const sqlite = new Database(file, { readonly: true });
  try {
    const rows = sqlite
      .prepare(
        `SELECT s.*, r.kind AS lastKind, r.createdAt AS lastAt, u.id AS authorId, u.name AS authorName, u.email AS authorEmail
         FROM Sentence s LEFT JOIN Revision r ON r.sentenceId = s.id AND r.version = s.version LEFT JOIN User u ON u.id = r.authorId
         WHERE s.articleId = ? AND s.removedAt IS NULL ORDER BY s.position, s.id`,
      )
      .all(articleId);
    return JSON.stringify({ id: articleId, sentences: rows }).length;
  } finally {
    sqlite.close();
  }
}

try {
  const schemaDb = new Database(redline.dbFile, { readonly: true });
  const schema = (schemaDb.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'").all() as { sql: string }[]).map((r) => r.sql);
  schemaDb.close();

  const edited = new Map<number, Created>();
  for (const size of sizes) {
    await importArticle(size, "warm-up");
    const imports = await alternate(
      () => timed(async () => rawImport(size, schema)),
      () => timed(() => importArticle(size, `Import ${size}`)),
    );
    report(`import ${size} sentences`, "ms", imports.subject, imports.baseline);
    const article = await importArticle(size, `Edited ${size}`);
    await editQuarter(article);
    edited.set(size, article);
  }

  const get = (id: number) => timed(() => call("GET", `/api/v1/articles/${id}`));
  const largest = Math.max(...sizes);
  const readId = edited.get(largest)!.id;
  await get(readId);
  const reads = await alternate(() => timed(async () => rawRead(redline.dbFile, readId)), () => get(readId));
  report(`GET edited ${largest}-sentence article`, "ms", reads.subject, reads.baseline);

  for (const format of ["docx-tracked", "pdf"]) {
    for (const size of sizes) {
      const id = edited.get(size)!.id;
      const exportOnce = () =>
        timed(async () => {
          const response = await call("GET", `/api/v1/articles/${id}/export?format=${format}`);
          if (response.status !== 200) throw new Error(`Export ${format} answered ${response.status}.`);
        });
      await exportOnce();
      const exports = await alternate(() => get(id), exportOnce);
      report(`export ${format} ${size} sentences`, "ms", exports.subject, exports.baseline);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
  await redline.stop();
}
