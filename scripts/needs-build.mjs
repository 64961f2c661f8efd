// True when there is no production build, or a source file is newer than it.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const sourceDirs = ["app", "components", "lib", "server", "types"];
const sourceFiles = ["package.json", "next.config.mjs", "proxy.ts", "postcss.config.mjs", "tsconfig.json", "scripts/build.mjs", "scripts/compile-hints.mjs"];

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return time;
}

export function needsBuild(root, distDir = ".next") {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const dirs = sourceDirs.map((dir) => path.join(root, dir)).filter(existsSync);
  const files = sourceFiles.map((file) => path.join(root, file)).filter(existsSync);
  const sourceTime = Math.max(...dirs.map(newest), ...files.map((file) => statSync(file).mtimeMs));
  return statSync(buildId).mtimeMs < sourceTime;
}
