import "server-only";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { AppError } from "@/lib/errors";

const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

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

/**
 * A standalone HTML page printed to PDF by headless Chromium (A4, backgrounds kept). The page is
 * untrusted article text: JavaScript is off and every network request is aborted, so only the inline
 * HTML and CSS render. Without a Chromium on the server this is a 422 ("unprocessable": the request is
 * fine but this server cannot make the file) with a message saying what to install — the error type
 * has no 503, and the other formats keep working.
 */
export async function printPdf(html: string): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new AppError("unprocessable", "PDF export needs Chromium on the server: install it (apt-get install chromium) or set CHROMIUM_PATH.");
  }
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
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
    await browser.close();
  }
}
