import "server-only";
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { AppError } from "@/lib/errors";

const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

/** PDF exports printed at the same time; more wait their turn (each page holds a long article in memory). */
export const maxConcurrentPdfs = 2;

/** The warm Chromium is closed after this long without a PDF export, so an idle server does not keep it. */
export const pdfBrowserIdleMs = 120_000;

/** CHROMIUM_PATH, else Playwright's own Chromium when installed, else Debian's; null when none is there. */
function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, safeBundledPath(), "/usr/bin/chromium"];
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate)) ?? null;
}

function safeBundledPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

// One headless Chromium per server process: launched by the first PDF export, reused by the next ones,
// launched again when it has died, closed after `pdfBrowserIdleMs` without exports. Playwright closes it when the process gets SIGINT, SIGTERM or SIGHUP
// (its launch defaults), and it exits by itself when this process dies (its pipe closes).
let running: Promise<Browser> | null = null;
let launches = 0;

/** How many times this process launched Chromium for PDFs (for tests and diagnostics). */
export function pdfBrowserLaunches(): number {
  return launches;
}

function warmBrowser(executablePath: string): Promise<Browser> {
  if (running) return running;
  launches++;
  const launched = chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  running = launched;
  launched.then(
    (browser) => browser.on("disconnected", () => {
      if (running === launched) running = null;
    }),
    () => {
      if (running === launched) running = null;
    },
  );
  return launched;
}

/** Closes the warm Chromium, if any (tests, shutdown). */
export async function closePdfBrowser(): Promise<void> {
  const browser = await running?.catch(() => null);
  running = null;
  await browser?.close();
}

let printing = 0;
const waiting: (() => void)[] = [];
let idleTimer: NodeJS.Timeout | undefined;

function closeWhenIdle(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (printing === 0) void closePdfBrowser().catch(() => undefined);
  }, pdfBrowserIdleMs);
  idleTimer.unref();
}

async function withPrintSlot<T>(job: () => Promise<T>): Promise<T> {
  if (printing >= maxConcurrentPdfs) await new Promise<void>((resolve) => waiting.push(resolve));
  else printing++;
  try {
    return await job();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else printing--;
    closeWhenIdle();
  }
}

/**
 * A standalone HTML page printed to PDF by headless Chromium (A4, backgrounds kept), in a fresh browser
 * context of the warm browser. The page is untrusted article text: JavaScript is off and every network
 * request is aborted, so only the inline HTML and CSS render. Without a Chromium on the server this is a
 * 422 ("unprocessable": the request is fine but this server cannot make the file) with a message saying
 * what to install — the error type has no 503, and the other formats keep working.
 */
export async function printPdf(html: string): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new AppError("unprocessable", "PDF export needs Chromium on the server: install it (apt-get install chromium) or set CHROMIUM_PATH.");
  }
  return withPrintSlot(async () => {
    // A browser that died (crashed, killed) is replaced: one retry on a freshly launched one.
    for (let attempt = 1; ; attempt++) {
      const browser = await warmBrowser(executablePath);
      try {
        return await printWith(browser, html);
      } catch (error) {
        if (browser.isConnected() || attempt > 1) throw error;
      }
    }
  });
}

async function printWith(browser: Browser, html: string): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    await context.route("**/*", (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
    });
    return new Uint8Array(pdf);
  } finally {
    await context.close().catch(() => undefined);
  }
}
