// Playwright's web server: a fresh throwaway database, migrated and prepared, then a production build.
// SQLite (data/test-<port>/test.db) by default; TEST_DATABASE=postgresql uses a fresh PostgreSQL database
// redline_test_<port>_<random>, dropped when the server stops.
import { spawnSync, spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { needsBuild } from "../../scripts/needs-build.mjs";
import { createDatabase, databaseUrlFor, dropDatabase, dropLeftovers, throwawayName } from "./pg-database.mjs";

const root = path.resolve(import.meta.dirname, "../..");
process.chdir(root);
const port = process.env.TEST_PORT ?? "3210";
const postgres = process.env.TEST_DATABASE === "postgresql";
// Outside test-results/: Playwright empties that folder while this server starts (auth states live here too).
const dataDir = path.join(root, "data", `test-${port}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

let pgName;
if (postgres) {
  await dropLeftovers(port);
  pgName = throwawayName(port);
  await createDatabase(pgName);
}
const env = {
  ...process.env,
  REDLINE_DIST_DIR: ".next-test",
  DATABASE_URL: postgres ? databaseUrlFor(pgName) : `file:${path.join(dataDir, "test.db")}`,
  NEXTAUTH_SECRET: "test-secret-not-for-production",
  NEXTAUTH_URL: `http://localhost:${port}`,
};

// Tests that start a second instance on the same database read its URL here.
writeFileSync(path.join(dataDir, "database-url"), env.DATABASE_URL);

async function finish(code) {
  if (pgName) await dropDatabase(pgName).catch((error) => console.error(`Could not drop ${pgName}: ${error.message}`));
  process.exit(code);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) return finish(result.status ?? 1);
}

await run("npx", ["prisma", "migrate", "deploy"]);
await run("npx", ["tsx", "--conditions=react-server", "tests/support/prepare-test-db.ts"]);
// CI builds afresh, except for a second pass on the build the first one made (REDLINE_TEST_BUILT).
const forced = (process.env.CI && !process.env.REDLINE_TEST_BUILT) || process.env.REDLINE_TEST_BUILD;
if (needsBuild(root, env.REDLINE_DIST_DIR) || forced) await run("node", ["scripts/build.mjs"]);
const server = spawn("npx", ["next", "start", "-p", port, "--keepAliveTimeout", "65000"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => finish(code ?? 0));
