import { readFileSync } from "node:fs";
import path from "node:path";
import { runXmllint } from "./xmllint";

/**
 * Validation of an XLIFF file against the official OASIS schemas (lib/import/xliff-schemas/, see
 * tests/fixtures/SOURCES.md) with xmllint (libxml2 compiled to WebAssembly, run in a long-lived worker
 * thread with a time limit, xmllint.ts): XLIFF 2.0/2.1 against xliff_core_2.0.xsd, 2.2 against
 * xliff_core_2.2.xsd, 1.2 against the transitional schema (what CAT tools write). Modules and extensions
 * are validated laxly (their schemas are not loaded), as the core schema allows.
 */

export type XliffSchema = "1.2" | "2.0" | "2.2";

const schemaDir = path.join(process.cwd(), "lib/import/xliff-schemas");

const files: Record<XliffSchema, { main: string; imports: Record<string, string> }> = {
  "1.2": { main: "xliff-core-1.2-transitional.xsd", imports: { "http://www.w3.org/2001/xml.xsd": "xml.xsd" } },
  "2.0": { main: "xliff_core_2.0.xsd", imports: { "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd": "xml.xsd" } },
  "2.2": {
    main: "xliff_core_2.2.xsd",
    imports: { "http://www.w3.org/2001/xml.xsd": "xml.xsd", "metadata.xsd": "metadata_2.2.xsd" },
  },
};

interface LoadedSchema {
  schema: { fileName: string; contents: string };
  preload: { fileName: string; contents: string }[];
}

const loaded = new Map<XliffSchema, LoadedSchema>();

/** The schema files, with their imports pointed at the local copies (xmllint has no network). */
function load(version: XliffSchema): LoadedSchema {
  const cached = loaded.get(version);
  if (cached) return cached;
  const { main, imports } = files[version];
  let contents = readFileSync(path.join(schemaDir, main), "utf8");
  const preload: LoadedSchema["preload"] = [];
  for (const [location, local] of Object.entries(imports)) {
    contents = contents.split(`schemaLocation="${location}"`).join(`schemaLocation="${local}"`);
    let imported = readFileSync(path.join(schemaDir, local), "utf8");
    // The 2.2 metadata module imports nothing we lack; xml.xsd imports nothing.
    imported = imported.split(`schemaLocation="http://www.w3.org/2001/xml.xsd"`).join(`schemaLocation="xml.xsd"`);
    preload.push({ fileName: local, contents: imported });
  }
  const result = { schema: { fileName: main, contents }, preload };
  loaded.set(version, result);
  return result;
}

export interface SchemaProblem {
  line: number | null;
  message: string;
}

/** The first schema error of an XLIFF document (as UTF-8 text with its declaration), or null when valid. */
export async function firstSchemaProblem(xml: string, version: XliffSchema): Promise<SchemaProblem | null> {
  const { schema, preload } = load(version);
  // xmllint reads UTF-8 only: the text is already decoded, so its declaration must say so.
  const utf8 = xml.replace(/^(<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2/, "$1$2UTF-8$2");
  const run = await runXmllint([{ fileName: "upload.xlf", contents: utf8 }, schema, ...preload], ["--schema", schema.fileName, "--noout", "upload.xlf"], {
    maxMemoryPages: 16 * 1024, // 1 GiB at most; a 10 MB file needs far less
  });
  if (run.exitCode === 0) return null;
  if (run.exitCode !== 3 && run.exitCode !== 4) throw new Error(`xmllint failed (${run.exitCode}): ${run.stderr.slice(0, 500)}`);
  return firstError(run.stderr);
}

/** The first error xmllint printed ("upload.xlf:7: Schemas validity error : Element '…': …"). */
export function firstError(stderr: string): SchemaProblem {
  for (const text of stderr.split("\n")) {
    const match = /^upload\.xlf:(\d+):(.*)/s.exec(text);
    if (!match) continue;
    const message = match[2].replace(/^\s*Schemas validity error\s*:\s*/i, "").replace(/^Element '\{[^}]*\}/, "Element '").trim();
    return { line: Number(match[1]), message };
  }
  return { line: null, message: "the file does not match the XLIFF schema" };
}
