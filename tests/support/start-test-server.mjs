// Playwright's web server: a fresh throwaway SQLite database, migrated and prepared, then a production build.
import { spawnSync, spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { needsBuild } from "../../scripts/needs-build.mjs";

const root = path.resolve(import.meta.dirname, "../..");
process.chdir(root);
const port = process.env.TEST_PORT ?? "3210";
// Outside test-results/: Playwright empties that folder while this server starts.
const dbFile = path.join(root, "data", `test-${port}`, "test.db");
rmSync(path.dirname(dbFile), { recursive: true, force: true });
mkdirSync(path.dirname(dbFile), { recursive: true });
const env = {
  ...process.env,
  REDLINE_DIST_DIR: ".next-test",
  DATABASE_URL: `file:${dbFile}`,
  NEXTAUTH_SECRET: "test-secret-not-for-production",
  NEXTAUTH_URL: `http://localhost:${port}`,
};

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("npx", ["prisma", "migrate", "deploy"]);
run("npx", ["tsx", "--conditions=react-server", "tests/support/prepare-test-db.ts"]);
if (needsBuild(root, env.REDLINE_DIST_DIR) || process.env.CI || process.env.REDLINE_TEST_BUILD) run("npx", ["next", "build"]);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
