import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { testProvider, useThrowawayDatabase } from "@/tests/support/test-database";

// kill -9 in the middle of a burst of saves loses no acknowledged save (WAL with synchronous=NORMAL:
// a commit is in the WAL file before the save answers, and the WAL survives the process).
describe.skipIf(testProvider !== "sqlite")("SQLite durability", () => {
  it("keeps every acknowledged save after the server process is killed with SIGKILL", async () => {
    const url = useThrowawayDatabase();
    const child = spawn("npx", ["tsx", "--conditions=react-server", "server/sqlite-durability.child.ts"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    });
    const acked = new Map<number, number>();
    let count = 0;
    let buffer = "";
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) {
          const match = /^ack (\d+) (\d+)$/.exec(line);
          if (!match) continue;
          acked.set(Number(match[1]), Math.max(acked.get(Number(match[1])) ?? 0, Number(match[2])));
          if (++count === 300) {
            // The whole process group: npx, tsx and the node process doing the writes.
            process.kill(-child.pid!, "SIGKILL");
            resolve();
          }
        }
      });
      child.on("exit", (code, signal) => (signal ? resolve() : reject(new Error(`The writer exited early (${code}).`))));
    });
    await new Promise((resolve) => child.once("close", resolve));

    const sqlite = new Database(url.replace(/^file:/, ""));
    try {
      expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(acked.size).toBe(8);
      for (const [sentenceId, version] of acked) {
        const row = sqlite.prepare(`SELECT "version" FROM "Sentence" WHERE "id" = ?`).get(sentenceId) as { version: number };
        expect(row.version).toBeGreaterThanOrEqual(version);
        const revision = sqlite.prepare(`SELECT COUNT(*) AS n FROM "Revision" WHERE "sentenceId" = ? AND "version" = ?`).get(sentenceId, version) as { n: number };
        expect(revision.n).toBe(1);
      }
    } finally {
      sqlite.close();
    }
  }, 120_000);
});
