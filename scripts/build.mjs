// `npm run build`: Next's production build (into REDLINE_DIST_DIR, default .next), then its client chunks
// marked for eager compilation (scripts/compile-hints.mjs). Every script that builds Redline runs this one.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { addCompileHints } from "./compile-hints.mjs";

const root = path.resolve(import.meta.dirname, "..");
const result = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: process.env });
if (result.status !== 0) process.exit(result.status ?? 1);
const changed = addCompileHints(path.join(root, process.env.REDLINE_DIST_DIR || ".next"));
console.log(`Compile hints added to ${changed} client chunks.`);
