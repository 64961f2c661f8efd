import "server-only";
import { existsSync } from "node:fs";
import { AppError } from "@/lib/errors";
import { ChromiumPipe } from "./chromium-pipe";
import { openPrintPage, type PrintPage } from "./print-page";

const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-extensions",
  "--mute-audio",
  "--hide-scrollbars",
];

/** PDF exports printed at the same time; more wait their turn (each page holds a long article in memory). */
export const maxConcurrentPdfs = 2;

/** The warm Chromium is closed after this long without a PDF export, so an idle server does not keep it. */
export const pdfBrowserIdleMs = 120_000;

/** CHROMIUM_PATH, else Debian's Chromium, else one on the PATH; null when none is there. */
function chromiumPath(): string | null {
  const onPath = (process.env.PATH ?? "").split(":").flatMap((dir) => ["chromium", "chromium-browser", "google-chrome"].map((name) => `${dir}/${name}`));
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", ...onPath];
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate)) ?? null;
}

// One headless Chromium per server process: launched by the first PDF export, reused by the next ones,
// launched again when it has died, closed after `pdfBrowserIdleMs` without exports. It exits by itself
// when this process dies: its DevTools pipe closes.
let running: Promise<ChromiumPipe> | null = null;
let launches = 0;

/** How many times this process launched Chromium for PDFs (for tests and diagnostics). */
export function pdfBrowserLaunches(): number {
  return launches;
}

function warmBrowser(executablePath: string): Promise<ChromiumPipe> {
  if (running) return running;
  launches++;
  const launched = ChromiumPipe.launch(executablePath, chromiumArgs);
  running = launched;
  launched.then(
    (browser) =>
      browser.onExit(() => {
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
  spare = null;
  clearTimeout(spareTimer);
  await browser?.close();
}

// The next export's page, opened in advance on the warm browser: opening one costs about 100 ms, a
// third of a 1,000-sentence article's export. Each page prints once. A new spare is opened a moment
// after the last export (`spareDelayMs`), not during or right after it, where it would take CPU from
// the requests of other users; it goes with its browser.
export const spareDelayMs = 1_000;
let spare: { browser: ChromiumPipe; page: Promise<PrintPage | null> } | null = null;
let spareTimer: NodeJS.Timeout | undefined;

/** Whether a page is open in advance for the next export (tests and diagnostics). */
export async function pdfSpareReady(): Promise<boolean> {
  return !!(await spare?.page);
}

function keepSparePage(browser: ChromiumPipe): void {
  clearTimeout(spareTimer);
  spareTimer = setTimeout(() => {
    if (spare?.browser === browser || !browser.connected || printing > 0) return;
    spare = { browser, page: openPrintPage(browser).catch(() => null) };
  }, spareDelayMs);
  spareTimer.unref();
}

async function takeSparePage(browser: ChromiumPipe): Promise<PrintPage | null> {
  const taken = spare;
  spare = null;
  if (!taken) return null;
  const page = await taken.page;
  if (taken.browser === browser && browser.connected) return page;
  await page?.dispose();
  return null;
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
 * context of the warm browser (print-page.ts), opened in advance when there is one. The page is untrusted
 * article text: JavaScript is off and every network request fails, so only the inline HTML and CSS
 * render. Without a Chromium on the server this is a 422 ("unprocessable": the request is fine but this
 * server cannot make the file) with a message saying what to install — the error type has no 503, and
 * the other formats keep working.
 */
export async function printPdf(html: string): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new AppError("unprocessable", "PDF export needs Chromium on the server: install it (apt-get install chromium) or set CHROMIUM_PATH.");
  }
  return withPrintSlot(async () => {
    // One retry: on a freshly launched browser when the warm one died (crashed, killed), and on a page
    // opened now when the one opened in advance failed (its renderer may have gone meanwhile).
    for (let attempt = 1; ; attempt++) {
      const browser = await warmBrowser(executablePath);
      const ready = attempt === 1 ? await takeSparePage(browser) : null;
      try {
        const page = ready ?? (await openPrintPage(browser));
        try {
          return await page.print(html);
        } finally {
          keepSparePage(browser);
        }
      } catch (error) {
        if ((browser.connected && !ready) || attempt > 1) throw error;
      }
    }
  });
}
