// A second app instance on the test server's database (same build, same secret), for multi-instance tests.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { testPort } from "./users";

export interface Instance {
  url: string;
  /** Stops it hard (SIGKILL), as a crash would. */
  kill(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, "../..");
export const secondPort = testPort + 10;

export function testDatabaseUrl(): string {
  return readFileSync(path.join(root, "data", `test-${testPort}`, "database-url"), "utf8").trim();
}

export async function startSecondInstance(port = secondPort): Promise<Instance> {
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      REDLINE_DIST_DIR: ".next-test",
      DATABASE_URL: testDatabaseUrl(),
      NEXTAUTH_SECRET: "test-secret-not-for-production",
      NEXTAUTH_URL: url,
    },
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The second instance on port ${port} exited with ${child.exitCode}.`);
    const ok = await fetch(`${url}/signin`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The second instance on port ${port} did not answer within 60 s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    url,
    async kill() {
      if (child.exitCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}
