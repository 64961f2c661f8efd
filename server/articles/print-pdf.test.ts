import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { isPdf } from "@/tests/support/pdf";
import { closePdfBrowser, pdfBrowserLaunches, pdfSpareReady, printPdf, spareDelayMs } from "./print-pdf";

const hasChromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].some((p) => !!p && existsSync(p));

/** Process ids of this process's descendants whose command line names Chromium. */
function chromiumDescendants(): number[] {
  const out = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" });
  const children = new Map<number, number[]>();
  for (const line of out.trim().split("\n")) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const found: number[] = [];
  const stack = [process.pid];
  while (stack.length) {
    for (const child of children.get(stack.pop()!) ?? []) {
      stack.push(child);
      const command = existsSync(`/proc/${child}/cmdline`) ? readFileSync(`/proc/${child}/cmdline`, "utf8") : "";
      if (/chrom/i.test(command)) found.push(child);
    }
  }
  return found;
}

const page = (text: string) => `<!doctype html><html><body><p>${text}</p></body></html>`;

afterAll(() => closePdfBrowser());

describe.skipIf(!hasChromium)("printPdf's warm Chromium", () => {
  it("launches Chromium once for several exports, also at the same time", async () => {
    const before = pdfBrowserLaunches();
    expect(isPdf(await printPdf(page("first")))).toBe(true);
    const many = await Promise.all([1, 2, 3, 4].map((n) => printPdf(page(`parallel ${n}`))));
    expect(many.every(isPdf)).toBe(true);
    expect(pdfBrowserLaunches() - before).toBe(1);
  }, 120_000);

  it("launches a new Chromium when the warm one was killed, and the export still succeeds", async () => {
    await printPdf(page("warm"));
    const before = pdfBrowserLaunches();
    const pids = chromiumDescendants();
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) process.kill(pid, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(isPdf(await printPdf(page("after the crash")))).toBe(true);
    expect(pdfBrowserLaunches()).toBe(before + 1);
  }, 120_000);

  it("opens the next export's page a moment after an export, and prints on it", async () => {
    await printPdf(page("first"));
    expect(await pdfSpareReady()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, spareDelayMs + 300));
    expect(await pdfSpareReady()).toBe(true);
    const before = pdfBrowserLaunches();
    expect(isPdf(await printPdf(page("on the spare page")))).toBe(true);
    expect(await pdfSpareReady()).toBe(false);
    expect(pdfBrowserLaunches()).toBe(before);
  }, 120_000);

  it("prints on a new page when the renderer of the page opened in advance has crashed, without waiting for a timeout", async () => {
    await printPdf(page("before the crash"));
    await new Promise((resolve) => setTimeout(resolve, spareDelayMs + 300));
    expect(await pdfSpareReady()).toBe(true);
    const renderers = chromiumDescendants().filter((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer"));
    expect(renderers.length).toBeGreaterThan(0);
    for (const pid of renderers) process.kill(pid, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The command timeout is 60 s: this test's 20 s limit fails it if the export waited for it.
    expect(isPdf(await printPdf(page("after the crash")))).toBe(true);
  }, 20_000);

  it("closes the browser on request (shutdown)", async () => {
    await printPdf(page("before closing"));
    await closePdfBrowser();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(chromiumDescendants()).toEqual([]);
  }, 120_000);
});
