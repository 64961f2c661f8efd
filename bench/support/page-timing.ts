// What bench/workspace.ts measures inside a page: the time until the first correction is editable, the
// load of a static file, and typing and saving in the workspace (keystroke to paint, long tasks).
import type { Page } from "@playwright/test";

/** ms from navigation start until the first textarea is hydrated by React and writable (not read-only). */
export async function timeEditable(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  const handle = await page.waitForFunction(
    () => {
      const field = document.querySelector("textarea");
      return field && !field.readOnly && Object.keys(field).some((key) => key.startsWith("__reactProps")) ? performance.now() : null;
    },
    undefined,
    { polling: "raf", timeout: 120_000 },
  );
  return Number(await handle.jsonValue());
}

export async function timeLoaded(page: Page, file: string): Promise<number> {
  await page.goto(`file://${file}`, { waitUntil: "load" });
  return page.evaluate(() => {
    const [entry] = performance.getEntriesByType("navigation");
    return entry instanceof PerformanceNavigationTiming ? entry.loadEventEnd || entry.domContentLoadedEventEnd : performance.now();
  });
}

/** What the page collects while the typing and save are measured (window.__bench). */
interface PageProbe {
  keyToPaint: number[];
  diffInNextFrame: number;
  longTasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    __bench?: PageProbe;
  }
}

export interface TypingAndSave {
  /** Per keystroke: ms from the keydown until just after the next frame was painted. */
  keyToPaint: number[];
  /** Keystrokes whose diff had changed by the first frame after them. */
  diffInNextFrame: number;
  /** The longest main-thread task (Long Tasks API: only tasks over 50 ms are reported; 0 = none) while a save ran. */
  saveLongestTask: number;
}

/**
 * On an open article: types into the first correction, one key at a time, timing each keystroke to the
 * frame that shows it and checking that the diff changed by that frame; then saves (Ctrl+Enter) and
 * records the main thread's long tasks until the answer has been applied.
 */
export async function measureTypingAndSave(page: Page, url: string, keys: string): Promise<TypingAndSave> {
  await timeEditable(page, url);
  const field = page.locator("textarea").first();
  await field.click();
  await field.press("End");
  await page.evaluate(() => {
    const state: PageProbe = { keyToPaint: [], diffInNextFrame: 0, longTasks: [] };
    window.__bench = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask" });
    document.addEventListener(
      "keydown",
      (event) => {
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const row = event.target instanceof Element ? event.target.closest('[data-testid="sentence"]') : null;
        const before = row?.querySelector('[data-testid="diff"]')?.textContent ?? "";
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          if ((row?.querySelector('[data-testid="diff"]')?.textContent ?? "") !== before) state.diffInNextFrame += 1;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => state.keyToPaint.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  });
  for (const key of keys) {
    await page.keyboard.press(key === " " ? "Space" : key);
    await page.waitForTimeout(60);
  }
  const saveStart = await page.evaluate(() => performance.now());
  const saved = page.waitForResponse((response) => response.request().method() === "PATCH" && response.url().includes("/api/v1/sentences/"));
  await page.keyboard.press("Control+Enter");
  await saved;
  await page.waitForTimeout(1000);
  return page.evaluate((from) => {
    const state = window.__bench;
    if (!state) throw new Error("The page lost its probe (it navigated?).");
    const during = state.longTasks.filter((task) => task.start + task.duration >= from).map((task) => task.duration);
    return { keyToPaint: state.keyToPaint, diffInNextFrame: state.diffInNextFrame, saveLongestTask: Math.max(0, ...during) };
  }, saveStart);
}
