import "server-only";
import { existsSync } from "node:fs";
import { AppError } from "@/lib/errors";
import { ChromiumPipe } from "./chromium-pipe";

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
        if (browser.connected || attempt > 1) throw error;
      }
    }
  });
}

const mm = (millimetres: number) => millimetres / 25.4;

/**
 * Prints `html` in a new browser context of its own (no cookies, cache or storage shared with another
 * export), with JavaScript off and every request failed, so only the inline HTML and CSS render: A4,
 * backgrounds kept. The context goes with its page afterwards, also when printing failed.
 */
async function printWith(browser: ChromiumPipe, html: string): Promise<Uint8Array> {
  const { browserContextId } = await browser.send("Target.createBrowserContext", { disposeOnDetach: true });
  try {
    const { targetId } = await browser.send("Target.createTarget", { url: "about:blank", browserContextId });
    const { sessionId } = await browser.send("Target.attachToTarget", { targetId, flatten: true });
    const page = (method: string, params: Record<string, unknown> = {}) => browser.send(method, params, String(sessionId));
    const stopFailing = browser.on("Fetch.requestPaused", (params, from) => {
      if (from === sessionId) void page("Fetch.failRequest", { requestId: params.requestId, errorReason: "BlockedByClient" }).catch(() => undefined);
    });
    try {
      await page("Emulation.setScriptExecutionDisabled", { value: true });
      await page("Fetch.enable", { patterns: [{ urlPattern: "*" }] });
      const { frameTree } = await page("Page.getFrameTree");
      const frameId = (frameTree as { frame: { id: string } }).frame.id;
      await page("Page.setDocumentContent", { frameId, html });
      const { data } = await page("Page.printToPDF", {
        paperWidth: mm(210),
        paperHeight: mm(297),
        marginTop: mm(18),
        marginBottom: mm(18),
        marginLeft: mm(16),
        marginRight: mm(16),
        printBackground: true,
        // A tagged (structured) PDF took a third longer to print; Chromium's default is to tag.
        generateTaggedPDF: false,
      });
      return new Uint8Array(Buffer.from(String(data), "base64"));
    } finally {
      stopFailing();
    }
  } finally {
    await browser.send("Target.disposeBrowserContext", { browserContextId }).catch(() => undefined);
  }
}
