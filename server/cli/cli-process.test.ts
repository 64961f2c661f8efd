import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { useThrowawayDatabase } from "@/tests/support/test-database";

// The CLI as a user runs it (`npm run redline -- ...`): a separate process loading the server modules
// outside Next. A module that pulls in next-auth on the way (as the token cache once did) breaks it here.
const url = useThrowawayDatabase();
const root = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

function redline(...args: string[]) {
  return run(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/redline.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
  });
}

describe("redline CLI process", () => {
  it("adds a user and prints a token that the token table knows", { timeout: 60_000 }, async () => {
    await redline("user", "add", "--email", "cli@test.redline", "--password", "a long enough password", "--role", "EDITOR");
    const { stdout } = await redline("token", "create", "--email", "cli@test.redline", "--name", "bench");
    const token = stdout.trim();
    expect(token).toMatch(/^\S{20,}$/);

    const { db } = await import("@/server/db");
    const { hashToken } = await import("@/server/auth/token-hash");
    const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { name: true, revokedAt: true } });
    expect(row).toEqual({ name: "bench", revokedAt: null });
  });
});
