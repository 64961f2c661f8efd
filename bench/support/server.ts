// Starts production servers for the benchmarks: Redline on a throwaway database, and the bare Next
// baseline app. Both are built once (and again only when sources are newer than the build).
import Database from "better-sqlite3";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const root = path.resolve(import.meta.dirname, "../..");
export const benchPort = Number(process.env.BENCH_PORT ?? 3401);
const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

export interface RunningServer {
  url: string;
  /** Bearer token of an admin (Redline only). */
  token: string;
  /** The database file (Redline only). */
  dbFile: string;
  pid: number;
  /** Resident memory of the server process and its children (Chromium for PDFs), in MB. */
  rss(): number;
  /** Resident memory of the Node processes only (the server without Chromium), in MB. */
  nodeRss(): number;
  stop(): Promise<void>;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root): void {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"], env, cwd });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status})`);
}

/** RSS in MB of a process and all its descendants, from /proc. */
export function treeRss(pid: number, only?: RegExp): number {
  const children = (p: number): number[] => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  let kb = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      const match = /VmRSS:\s+(\d+)/.exec(status);
      const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? "";
      if (match && (!only || only.test(name))) kb += Number(match[1]);
    } catch {
      // gone
    }
    stack.push(...children(p));
  }
  return kb / 1024;
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server for ${url} exited (${child.exitCode}).`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within 120 s.`);
}

async function assertPortFree(url: string): Promise<void> {
  const answered = await fetch(url).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`Something already answers on ${url}: stop it, or set BENCH_PORT.`);
}

async function serve(cwd: string, port: number, env: NodeJS.ProcessEnv, probe: string, extra: Partial<RunningServer>): Promise<RunningServer> {
  await assertPortFree(`http://127.0.0.1:${port}/`);
  // BENCH_PROFILE_DIR=dir: each server writes a CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, nextBin, "start", "-p", String(port)], { cwd, env, stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  return waitFor(url + probe, child).then(() => ({
    url,
    token: "",
    dbFile: "",
    ...extra,
    pid: child.pid!,
    rss: () => treeRss(child.pid!),
    nodeRss: () => treeRss(child.pid!, /node|next/),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  }));
}

/** Builds Redline into .next-bench when needed. */
export async function buildRedline(): Promise<void> {
  const script = pathToFileURL(path.join(root, "scripts/needs-build.mjs")).href;
  const { needsBuild } = (await import(script)) as { needsBuild: (root: string, distDir: string) => boolean };
  if (needsBuild(root, distDir)) run("node", ["scripts/build.mjs"], { ...process.env, REDLINE_DIST_DIR: distDir });
}

/** Redline's production build on a fresh throwaway database with one admin and an API token. */
export async function startRedline(port = benchPort): Promise<RunningServer> {
  await buildRedline();
  const dbFile = path.join(root, "data", `bench-${port}`, "bench.db");
  rmSync(path.dirname(dbFile), { recursive: true, force: true });
  mkdirSync(path.dirname(dbFile), { recursive: true });
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    REDLINE_DIST_DIR: distDir,
    DATABASE_URL: `file:${dbFile}`,
    NEXTAUTH_SECRET: "bench-secret-not-for-production",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  };
  run("npx", ["prisma", "migrate", "deploy"], env);
  const token = `rl_bench_${randomBytes(16).toString("hex")}`;
  const sqlite = new Database(dbFile);
  const user = sqlite
    .prepare("INSERT INTO User (email, name, passwordHash, role, disabled, createdAt) VALUES (?, ?, ?, 'ADMIN', 0, ?)")
    .run("bench@bench.redline", "Bench Admin", "not-a-password-hash", Date.now());
  sqlite
    .prepare("INSERT INTO ApiToken (userId, name, tokenHash, prefix, createdAt) VALUES (?, 'bench', ?, ?, ?)")
    .run(user.lastInsertRowid, createHash("sha256").update(token).digest("hex"), token.slice(0, 8), Date.now());
  sqlite.close();
  return serve(root, port, env, "/signin", { token, dbFile });
}

/** The bare Next app of bench/baseline-app (one JSON route handler), built when needed. */
export async function startBaseline(port = benchPort + 90): Promise<RunningServer> {
  const cwd = path.join(root, "bench/baseline-app");
  if (!existsSync(path.join(cwd, ".next/BUILD_ID"))) run(process.execPath, [nextBin, "build"], { ...process.env, NODE_ENV: "production" }, cwd);
  return serve(cwd, port, { ...process.env, NODE_ENV: "production" }, "/api/echo", {});
}

/**
 * The server the benchmark files share: the runner (bench/run.mjs) starts one and passes it through
 * BENCH_URL / BENCH_TOKEN / BENCH_PID / BENCH_DB; a bench file run on its own starts its own.
 */
export async function sharedRedline(): Promise<RunningServer> {
  const url = process.env.BENCH_URL;
  if (!url) return startRedline();
  const pid = Number(process.env.BENCH_PID);
  return { url, token: process.env.BENCH_TOKEN ?? "", dbFile: process.env.BENCH_DB ?? "", pid, rss: () => treeRss(pid), nodeRss: () => treeRss(pid, /node|next/), stop: async () => {} };
}
