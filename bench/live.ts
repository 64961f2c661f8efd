/**
 * Live updates: save throughput and the time for a save's event to reach a stream on another instance,
 * on SQLite and on PostgreSQL, as ratios against a bare API route measured alternately in the same run.
 *
 *   npm run bench:live     (also run by npm run bench; uses an existing production build: .next-bench, .next or .next-test)
 *
 * Per provider: a throwaway database (SQLite file under data/bench-live/, PostgreSQL redline_test_<port>_*,
 * dropped after), migrated and prepared with the test accounts; instance A on BENCH_PORT+3 (3404), and on
 * PostgreSQL instance B on BENCH_PORT+13 (SQLite: the stream is on A itself, one instance per file).
 * Throughput: 4 clients in a loop for 3 s, alternating rounds of PATCH /sentences/:id (save) and
 * POST /segment (bare: authentication and a little work, no database write); 3 rounds each; min and median.
 * Latency: 60 sequential saves on A with a stream open on B: time from sending the save to the event
 * arriving, p50/p99, against the same client's bare-route round trip.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openEventStream } from "../tests/support/event-stream-reader";
import { createDatabase, databaseUrlFor, dropDatabase } from "../tests/support/pg-database.mjs";

const root = path.resolve(import.meta.dirname, "..");
// Beside `npm run bench`'s shared server (BENCH_PORT, default 3401): instance A on +3, B on +13.
const port = Number(process.env.BENCH_PORT ?? 3401) + 3;
// The build `npm run bench` made, else npm start's, else the test build.
const distDir = process.env.BENCH_DIST_DIR ?? [".next-bench", ".next", ".next-test"].find((dir) => existsSync(path.join(root, dir, "BUILD_ID"))) ?? ".next";
const secret = "bench-secret-not-for-production";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, { cwd: root, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
  return result.stdout;
}

async function startInstance(instancePort: number, databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const url = `http://localhost:${instancePort}`;
  const env = { ...process.env, REDLINE_DIST_DIR: distDir, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: url };
  const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(instancePort)], { cwd: root, env, stdio: "ignore" });
  for (let i = 0; i < 200; i++) {
    if (await fetch(`${url}/signin`).then((r) => r.ok, () => false)) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  child.kill("SIGKILL");
  throw new Error(`Instance on ${instancePort} did not start.`);
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const median = (values: number[]) => quantile(values, 0.5);

async function loop(seconds: number, clients: number, call: (client: number, n: number) => Promise<unknown>): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let count = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; performance.now() < until; n++) {
        await call(client, n);
        count++;
      }
    }),
  );
  return count / seconds;
}

async function benchProvider(provider: "sqlite" | "postgresql") {
  let pgName: string | null = null;
  let databaseUrl: string;
  if (provider === "postgresql") {
    pgName = `redline_test_${port}_${Math.random().toString(36).slice(2, 10)}`;
    await createDatabase(pgName);
    databaseUrl = databaseUrlFor(pgName);
  } else {
    const dir = path.join(root, "data", "bench-live");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    databaseUrl = `file:${path.join(dir, "test.db")}`;
  }
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  const children: ChildProcess[] = [];
  try {
    run("npx", ["prisma", "migrate", "deploy"], env);
    run("npx", ["tsx", "--conditions=react-server", "tests/support/prepare-test-db.ts"], env);
    const token = run("npx", ["tsx", "--conditions=react-server", "scripts/redline.ts", "token", "create", "--email", "editor@test.redline"], env).trim().split("\n").pop() ?? "";
    const a = await startInstance(port, databaseUrl);
    children.push(a.child);
    const b = provider === "postgresql" ? await startInstance(port + 10, databaseUrl) : a;
    if (b !== a) children.push(b.child);
    const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
    const text = Array.from({ length: 40 }, (_, i) => `Bench sentence ${i + 1} is here.`).join(" ");
    const created = await fetch(`${a.url}/api/v1/articles`, { method: "POST", headers, body: JSON.stringify({ title: "Bench", text }) });
    const article = (await created.json()) as { id: number; sentences: Array<{ id: number; version: number }> };
    const versions = new Map(article.sentences.map((s) => [s.id, s.version]));

    const save = async (client: number, n: number, base = a.url): Promise<number> => {
      const s = article.sentences[(client * 10 + n) % article.sentences.length];
      const response = await fetch(`${base}/api/v1/sentences/${s.id}`, {
        method: "PATCH",
        headers,
        body: JSON.stringify({ text: `Client ${client} save ${n}.`, version: versions.get(s.id) }),
      });
      const body = (await response.json()) as { version?: number; current?: { version: number } };
      versions.set(s.id, body.version ?? body.current?.version ?? versions.get(s.id) ?? 1);
      return response.status;
    };
    const bare = async () => {
      const response = await fetch(`${a.url}/api/v1/segment`, { method: "POST", headers, body: JSON.stringify({ text: "One. Two." }) });
      await response.arrayBuffer();
    };

    await loop(1, 4, (c, n) => save(c, n)); // warm-up
    await loop(1, 4, () => bare());
    const saves: number[] = [];
    const bares: number[] = [];
    for (let round = 0; round < 3; round++) {
      bares.push(await loop(3, 4, () => bare()));
      saves.push(await loop(3, 4, (c, n) => save(c, n)));
    }

    const stream = await openEventStream(`${b.url}/api/v1/articles/${article.id}/events`, { Authorization: `Bearer ${token}` });
    if (stream.status !== 200) throw new Error(`The event stream answered ${stream.status}.`);
    const eventMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      await bare();
      bareMs.push(performance.now() - t0);
      const s = article.sentences[i % article.sentences.length];
      const start = performance.now();
      // The throughput rounds may have left a stale version (two clients on one sentence): save again on 409.
      for (let attempt = 0; (await save(0, 1000 + i + attempt * 400)) === 409 && attempt < 3; attempt++);
      const version = versions.get(s.id);
      await stream.next((m) => m.event === "sentence" && m.data.includes(`"sentenceId":${s.id},"version":${version}`), 10_000);
      eventMs.push(performance.now() - start);
    }
    stream.close();
    return { provider, saves, bares, eventMs, bareMs };
  } finally {
    for (const child of children) child.kill("SIGTERM");
    if (pgName) await dropDatabase(pgName).catch(() => undefined);
  }
}

const f = (n: number) => n.toFixed(1);
const results = [];
for (const provider of ["sqlite", "postgresql"] as const) results.push(await benchProvider(provider));
console.log(`uptime: ${run("uptime", [], process.env).trim()}`);
console.log("provider    saves/s min/med   bare/s min/med   save/bare (med)   event p50/p99 ms   bare p50/p99 ms   event/bare p50");
for (const r of results) {
  console.log(
    [
      r.provider.padEnd(11),
      `${f(Math.min(...r.saves))}/${f(median(r.saves))}`.padEnd(17),
      `${f(Math.min(...r.bares))}/${f(median(r.bares))}`.padEnd(16),
      f(median(r.saves) / median(r.bares)).padEnd(17),
      `${f(quantile(r.eventMs, 0.5))}/${f(quantile(r.eventMs, 0.99))}`.padEnd(18),
      `${f(quantile(r.bareMs, 0.5))}/${f(quantile(r.bareMs, 0.99))}`.padEnd(17),
      f(quantile(r.eventMs, 0.5) / quantile(r.bareMs, 0.5)),
    ].join(" "),
  );
}
console.log("event: from sending a save on A to its event on B's stream (SQLite: same instance). Ratios < 1 for saves/bare mean a save costs more than the bare route.");
