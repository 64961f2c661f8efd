// `npm start`: migrate, seed when empty, build when needed, then serve. Safe to run again and again.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { needsBuild } from "./needs-build.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
process.env.DATABASE_URL ||= "file:./data/redline.db";
const port = process.env.PORT || "3000";
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

// The SQLite file's folder must exist before Prisma opens it.
const file = /^file:(.*)$/.exec(process.env.DATABASE_URL)?.[1];
if (file) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

// A stable secret for session cookies, made once per installation unless one is given.
if (!process.env.NEXTAUTH_SECRET) {
  const secretFile = path.join(root, "data", ".auth-secret");
  mkdirSync(path.dirname(secretFile), { recursive: true });
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}

run("npx", ["prisma", "migrate", "deploy"]);
run("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts"]);

if (needsBuild(root)) run("node", ["scripts/build.mjs"]);

// Idle keep-alive connections stay open longer than the 5 s default: a request that arrives on one while the
// process waits for another connection's SQLite lock is not reset by the idle timer firing first.
run("npx", ["next", "start", "-p", port, "--keepAliveTimeout", "65000"]);
