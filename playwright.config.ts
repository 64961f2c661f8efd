import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import { storageStatePath, testBaseUrl, testPort } from "./tests/support/users";

/** Playwright's own Chromium when installed, else Debian's (or CHROMIUM_PATH); a clear message when neither. */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  throw new Error("No Chromium found. Install one: `apt-get install -y chromium` (Debian) or `npx playwright install chromium`, or set CHROMIUM_PATH.");
}

const executablePath = chromiumPath();

export default defineConfig({
  testDir: "tests",
  // Per port, so runs on different ports do not empty each other's results.
  outputDir: `test-results/port-${testPort}`,
  testMatch: ["e2e/**/*.spec.ts", "api/**/*.spec.ts", "isolated/**/*.spec.ts", "setup/**/*.setup.ts"],
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Multi-user flows on a loaded 2-core machine take a while; a hung test still fails.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: testBaseUrl,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "setup", testMatch: "setup/**/*.setup.ts" },
    { name: "api", testMatch: "api/**/*.spec.ts", dependencies: ["setup"] },
    { name: "chromium", testMatch: "e2e/**/*.spec.ts", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
    // Tests that load the whole installation (a 100,000-term glossary): after the others, on their own.
    { name: "isolated", testMatch: "isolated/**/*.spec.ts", dependencies: ["api", "chromium"] },
  ],
  webServer: {
    command: "node tests/support/start-test-server.mjs",
    url: `${testBaseUrl}/signin`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: "pipe",
  },
});

export { storageStatePath };
