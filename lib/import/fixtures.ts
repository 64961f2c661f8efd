import { readFileSync } from "node:fs";
import path from "node:path";

/** A file of tests/fixtures/import, as bytes. For tests. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(import.meta.dirname, "../../tests/fixtures/import", name)));
}

/** A file of tests/fixtures/import, as text. For tests. */
export function fixtureText(name: string): string {
  return readFileSync(path.join(import.meta.dirname, "../../tests/fixtures/import", name), "utf8");
}
