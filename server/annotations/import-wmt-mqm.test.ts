import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { wmtSegmentScore, type MqmCategory, type MqmSeverity } from "@/lib/mqm";

// A throwaway, migrated SQLite file: set before anything imports server/db.ts.
const databaseUrl = `file:${path.join(mkdtempSync(path.join(tmpdir(), "redline-mqm-")), "test.db")}`;
process.env.DATABASE_URL = databaseUrl;
execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
const { db } = await import("@/server/db");
const { importWmtMqmFile, targetLangFromFileName } = await import("./import-wmt-mqm");
const { articleMqm } = await import("./article-mqm");

const fixtures = path.join(import.meta.dirname, "../../tests/fixtures");
const actor = { id: 0, email: "reviewer@test", name: "Rita", role: "REVIEWER" as const };

/** expected_mqm_score per "doc\tseg_id" from the fixture. */
function expectedScores(): Map<string, number> {
  const [header, ...rows] = readFileSync(path.join(fixtures, "mqm_sample_expected_seg_scores.tsv"), "utf8").trim().split("\n");
  const columns = header.split("\t");
  const at = (name: string) => columns.indexOf(name);
  return new Map(rows.map((row) => row.split("\t")).map((c) => [`${c[at("doc")]}\t${c[at("doc_id")]}`, Number(c[at("expected_mqm_score")])]));
}

describe("mqm import of the WMT sample", () => {
  let output: string[] = [];

  beforeAll(async () => {
    const user = await db.user.create({ data: { email: actor.email, name: actor.name, role: actor.role, passwordHash: "x" } });
    actor.id = user.id;
    output = await importWmtMqmFile(actor, path.join(fixtures, "mqm_sample.tsv"));
  });

  it("makes one article per document and one sentence per segment, with the MT text free of <v> markers", async () => {
    const articles = await db.article.findMany({ orderBy: { id: "asc" }, include: { sentences: { orderBy: { position: "asc" } } } });
    expect(articles.map((a) => [a.title, a.sourceLang, a.targetLang, a.sentences.length])).toEqual([
      ["talk.3 (Nemo)", "en", "de", 31],
      ["talk.5 (Nemo)", "en", "de", 70],
    ]);
    const first = articles[0].sentences[0];
    expect(first).toMatchObject({
      sourceText: "Als Künstlerin ist mir die Verbindung sehr wichtig.",
      text: "Als Künstlerin ist mir die Verbindung sehr wichtig.",
      originalText: "As an artist, connection is very important to me.",
    });
    const annotation = await db.annotation.findFirstOrThrow({ where: { sentenceId: first.id } });
    expect(annotation).toMatchObject({ target: "source", category: "Accuracy/Addition", severity: "Major", authorId: actor.id });
    expect(first.sourceText.slice(annotation.start, annotation.end)).toBe("die ");
    expect(articles.flatMap((a) => a.sentences).every((s) => !/<\/?v>/.test(s.sourceText))).toBe(true);
  });

  it("gives every segment, scored from the stored annotations, the expected WMT score", async () => {
    const expected = expectedScores();
    expect(expected.size).toBe(101);
    const sentences = await db.sentence.findMany({
      include: { article: true, annotations: { where: { deletedAt: null } } },
      orderBy: [{ articleId: "asc" }, { position: "asc" }],
    });
    expect(sentences).toHaveLength(101);
    const scores: number[] = [];
    for (const s of sentences) {
      const doc = s.article.title.replace(/ \(.*\)$/, "");
      const score = wmtSegmentScore(s.annotations.map((a) => ({ category: a.category as MqmCategory, severity: a.severity as MqmSeverity })));
      expect(score, `${doc} segment ${s.position + 1}`).toBeCloseTo(expected.get(`${doc}\t${s.position + 1}`) ?? NaN, 9);
      scores.push(score);
    }
    expect(scores.reduce((a, b) => a + b, 0) / scores.length).toBeCloseTo(2.033663, 6);
  });

  it("prints each article's id and WMT document score, and the overall mean", async () => {
    const articles = await db.article.findMany({ orderBy: { id: "asc" } });
    for (const article of articles) {
      const { wmt } = await articleMqm(article.id);
      expect(output).toContain(`${article.id}\t${article.title}\t${wmt.segments.length} segments\tWMT ${wmt.score.toFixed(6)}`);
    }
    expect(output.at(-1)).toBe("Mean WMT score over all segments: 2.033663");
  });

  it("reads the target language from the file name", () => {
    expect(targetLangFromFileName("mqm_newstest2020_enzh.tsv")).toBe("zh");
    expect(targetLangFromFileName("data/en-ru.tsv")).toBe("ru");
    expect(targetLangFromFileName("mqm_sample.tsv")).toBe("de");
  });
});
