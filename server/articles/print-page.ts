import "server-only";
import type { ChromiumPipe } from "./chromium-pipe";

/** One export's page: used once, then disposed with its browser context. */
export interface PrintPage {
  /** Prints `html` (A4, backgrounds kept) and disposes of the page, also when printing failed. */
  print(html: string): Promise<Uint8Array>;
  dispose(): Promise<void>;
}

const mm = (millimetres: number) => millimetres / 25.4;

/**
 * A blank page in a new browser context of its own (no cookies, cache or storage shared with another
 * export), with JavaScript off and every request failed, so only the inline HTML and CSS of what it
 * prints render. Opening one (a renderer process) takes about 100 ms: print-pdf.ts keeps one ready.
 */
export async function openPrintPage(browser: ChromiumPipe): Promise<PrintPage> {
  const { browserContextId } = await browser.send("Target.createBrowserContext", { disposeOnDetach: true });
  let stopFailing: () => void = () => undefined;
  const dispose = async () => {
    stopFailing();
    await browser.send("Target.disposeBrowserContext", { browserContextId }).catch(() => undefined);
  };
  try {
    const { targetId } = await browser.send("Target.createTarget", { url: "about:blank", browserContextId });
    const { sessionId } = await browser.send("Target.attachToTarget", { targetId, flatten: true });
    const page = (method: string, params: Record<string, unknown> = {}) => browser.send(method, params, String(sessionId));
    stopFailing = browser.on("Fetch.requestPaused", (params, from) => {
      if (from === sessionId) void page("Fetch.failRequest", { requestId: params.requestId, errorReason: "BlockedByClient" }).catch(() => undefined);
    });
    await page("Emulation.setScriptExecutionDisabled", { value: true });
    await page("Fetch.enable", { patterns: [{ urlPattern: "*" }] });
    const { frameTree } = await page("Page.getFrameTree");
    const frameId = (frameTree as { frame: { id: string } }).frame.id;
    const print = async (html: string) => {
      try {
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
        await dispose();
      }
    };
    return { print, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
