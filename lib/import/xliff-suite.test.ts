// XLIFF validation against the OASIS XLIFF TC test suites (tests/fixtures/xliff-suite: a subset, see
// tests/fixtures/SOURCES.md). With XLIFF_SUITE_DIR set to a folder holding the suites' core files as
// <version>/{valid,invalid}/*.xlf, the whole set is run and the acceptance figures are checked.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseXliff } from "./xliff";

const fixtures = path.join(import.meta.dirname, "../../tests/fixtures/xliff-suite");
const read = (file: string) => readFileSync(file, "utf8");
const files = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".xlf")).map((name) => path.join(dir, name));

describe("OASIS XLIFF 2.x test-suite subset", () => {
  it.each(files(path.join(fixtures, "valid")).filter((file) => read(file).includes("<target")))("accepts the valid file %s", async (file) => {
    const doc = await parseXliff(read(file));
    expect(doc.blocks.length).toBeGreaterThan(0);
  });

  it("refuses a valid file without targets: there is no MT to review", async () => {
    await expect(parseXliff(read(path.join(fixtures, "valid/2.1-sourceOnly.xlf")))).rejects.toMatchObject({
      code: "unprocessable",
      message: expect.stringMatching(/no translations to review: none of its 1 unit has a <target>/),
    });
  });

  it.each(files(path.join(fixtures, "invalid")))("refuses the invalid file %s with its first problem and line", async (file) => {
    await expect(parseXliff(read(file))).rejects.toMatchObject({ code: "unprocessable", message: expect.stringMatching(/^This XLIFF file is not valid XLIFF [\d./]+ \(line \d+\): \S/) });
  });
});

const suite = process.env.XLIFF_SUITE_DIR;
describe.runIf(suite && existsSync(suite))("the whole OASIS XLIFF 2.x core test suite (XLIFF_SUITE_DIR)", () => {
  it("refuses at least 80% of the invalid files and accepts every valid file with targets", { timeout: 3_600_000 }, async () => {
    let refused = 0;
    let invalid = 0;
    const rejectedValid: string[] = [];
    for (const version of readdirSync(suite ?? "")) {
      for (const file of files(path.join(suite ?? "", version, "invalid"))) {
        invalid++;
        if (await parseXliff(read(file)).then(() => false, () => true)) refused++;
      }
      for (const file of files(path.join(suite ?? "", version, "valid")).filter((f) => read(f).includes("<target"))) {
        await parseXliff(read(file)).catch((error: Error) => rejectedValid.push(`${file}: ${error.message}`));
      }
    }
    console.log(`invalid refused: ${refused}/${invalid}; valid with targets refused: ${rejectedValid.length}`);
    expect(rejectedValid).toEqual([]);
    expect(refused / invalid).toBeGreaterThanOrEqual(0.8);
  });
});
