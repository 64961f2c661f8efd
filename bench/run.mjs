// `npm run bench`: every bench/*.ts in turn, sharing one Redline production server (built into
// .next-bench, on a throwaway database under data/bench-<port>/). Each file prints one line per measure
// with its baseline and the ratio. Not part of `npm test`. BENCH_ONLY=save,articles runs a subset.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
const files = readdirSync(path.join(root, "bench"))
  .filter((name) => name.endsWith(".ts"))
  .filter((name) => !only || only.includes(name.replace(/\.ts$/, "")))
  .sort();

const tsx = path.join(root, "node_modules/.bin/tsx");
const commit = process.env.BENCH_COMMIT ?? spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim();
const dirty = process.env.BENCH_COMMIT ? "" : spawnSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" }).stdout.trim() ? "+changes" : "";
console.log(`Redline benchmarks at ${commit}${dirty}, ${new Date().toISOString()}, ${cpus().length} CPUs, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
console.log("Each line: subject best / median, baseline best / median, ratio subject÷baseline of the bests / of the medians, over alternated runs.\n");

// One shared Redline server for the files that use it (started by a small tsx helper, kept running).
const starter = spawn(tsx, ["bench/support/serve-shared.ts"], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
const shared = await new Promise((resolve, reject) => {
  let out = "";
  starter.stdout.on("data", (chunk) => {
    out += chunk;
    const line = out.split("\n").find((l) => l.startsWith("BENCH_SERVER "));
    if (line) resolve(JSON.parse(line.slice("BENCH_SERVER ".length)));
  });
  starter.on("exit", (code) => reject(new Error(`The shared server could not start (${code}).`)));
});

let failed = 0;
for (const file of files) {
  console.log(`== ${file}`);
  const result = spawnSync(tsx, [path.join("bench", file)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, BENCH_URL: shared.url, BENCH_TOKEN: shared.token, BENCH_PID: String(shared.pid), BENCH_DB: shared.dbFile },
  });
  if (result.status !== 0) {
    failed++;
    console.log(`!! ${file} failed (${result.status})`);
  }
}
// Stop the server itself (not only its starter), and wait until it is gone.
for (const pid of [shared.pid, starter.pid]) {
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    // already gone
  }
}
for (let waited = 0; existsSync(`/proc/${shared.pid}/status`) && !/State:\s+Z/.test(readFileSync(`/proc/${shared.pid}/status`, "utf8")); waited += 200) {
  if (waited >= 10_000) process.kill(shared.pid, "SIGKILL");
  await new Promise((resolve) => setTimeout(resolve, 200));
}
console.log(`\nload after: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
process.exit(failed ? 1 : 0);
