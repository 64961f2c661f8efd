// The SQLite and PostgreSQL schemas must describe the same models: one code path serves both.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const read = (provider: string) => readFileSync(path.join(root, "prisma", provider, "schema.prisma"), "utf8");

/** Each model and enum block, without comments and with whitespace normalised, by name. */
function modelBlocks(schema: string): Map<string, string> {
  const text = schema.replace(/\/\/.*$/gm, "");
  const blocks = new Map<string, string>();
  for (const match of text.matchAll(/^(model|enum|type|view)\s+(\w+)\s*\{([^}]*)\}/gm)) {
    const lines = match[3].split("\n").map((line) => line.trim().replace(/\s+/g, " ")).filter(Boolean);
    blocks.set(`${match[1]} ${match[2]}`, lines.join("\n"));
  }
  return blocks;
}

const migrations = (provider: string) =>
  readdirSync(path.join(root, "prisma", provider, "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

describe("prisma/sqlite and prisma/postgresql schemas", () => {
  it("declare the same models with the same fields and attributes", () => {
    const sqlite = modelBlocks(read("sqlite"));
    const postgresql = modelBlocks(read("postgresql"));
    expect(sqlite.size).toBeGreaterThan(5);
    expect([...postgresql.keys()].sort()).toEqual([...sqlite.keys()].sort());
    for (const [name, body] of sqlite) expect(postgresql.get(name), name).toBe(body);
  });

  it("each name their own provider and client folder", () => {
    expect(read("sqlite")).toMatch(/provider\s*=\s*"sqlite"/);
    expect(read("postgresql")).toMatch(/provider\s*=\s*"postgresql"/);
    expect(read("sqlite")).toMatch(/output\s*=\s*"\.\.\/\.\.\/server\/generated\/prisma"/);
    expect(read("postgresql")).toMatch(/output\s*=\s*"\.\.\/\.\.\/server\/generated\/postgresql"/);
  });

  it("get every schema change after the split as a migration of the same name in both folders", () => {
    const sqlite = migrations("sqlite");
    const postgresql = migrations("postgresql");
    expect(postgresql.length).toBeGreaterThan(0);
    // The PostgreSQL history starts with one init migration made from the models at the split.
    const split = postgresql[0];
    expect(postgresql.slice(1)).toEqual(sqlite.filter((name) => name > split));
  });

  it("notices a field that differs", () => {
    const changed = read("postgresql").replace(/sourceLang(\s+)String/, "sourceLang$1String?");
    expect(modelBlocks(changed).get("model Article")).not.toBe(modelBlocks(read("sqlite")).get("model Article"));
  });
});
