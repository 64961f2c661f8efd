// Throwaway PostgreSQL databases for test runs: redline_test_<port>_<random>, on the server of
// TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432, trust auth). Also a CLI:
//   node tests/support/pg-database.mjs create <name> | drop <name>
import { randomBytes } from "node:crypto";
import pg from "pg";

export const postgresServerUrl = (process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432").replace(/\/+$/, "");

/** The URL of database `name` on the test server. */
export function databaseUrlFor(name) {
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh name for this port: letters, digits and underscores only, so it needs no quoting. */
export function throwawayName(port) {
  return `redline_test_${String(port).replace(/\D/g, "")}_${randomBytes(5).toString("hex")}`;
}

async function onServer(work) {
  const client = new pg.Client({ connectionString: databaseUrlFor("postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const safe = (name) => {
  if (!/^redline_test_\w+$/.test(name)) throw new Error(`Refusing to touch database ${name}: not a throwaway test database.`);
  return name;
};

export const createDatabase = (name) => onServer((client) => client.query(`CREATE DATABASE "${safe(name)}"`));

export const dropDatabase = (name) => onServer((client) => client.query(`DROP DATABASE IF EXISTS "${safe(name)}" WITH (FORCE)`));

/** Drops what earlier runs on this port left behind (killed runs cannot clean up). */
export function dropLeftovers(port) {
  return onServer(async (client) => {
    const prefix = `redline_test_${String(port).replace(/\D/g, "")}_`;
    const { rows } = await client.query("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${safe(datname)}" WITH (FORCE)`);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, name] = process.argv.slice(2);
  if (command === "create") await createDatabase(name);
  else if (command === "drop") await dropDatabase(name);
  else throw new Error("usage: pg-database.mjs create|drop <name>");
}
