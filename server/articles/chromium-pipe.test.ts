import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isPdf, pdfText } from "@/tests/support/pdf";
import { closePdfBrowser, printPdf } from "./print-pdf";

const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p): p is string => !!p && existsSync(p));
const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/State:\s+Z/.test(readFileSync(`/proc/${pid}/status`, "utf8"));

afterAll(() => closePdfBrowser());

describe.skipIf(!chromium)("printing through Chromium's DevTools pipe", () => {
  it("renders only the page's own HTML and CSS: no script runs, nothing is fetched", async () => {
    let requests = 0;
    const server = createServer((_, response) => {
      requests++;
      response.end("body { display: none }");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = `<!doctype html><html><head><link rel="stylesheet" href="${origin}/style.css"><style>p { color: #123 }</style></head>
        <body><p>The safe sentence stays.</p><img src="${origin}/pixel.png" alt=""><iframe src="${origin}/frame"></iframe>
        <script>document.body.textContent = "Replaced by a script";</script></body></html>`;
      const pdf = await printPdf(html);
      expect(isPdf(pdf)).toBe(true);
      expect(requests).toBe(0);
      const text = pdfText(pdf);
      if (text !== null) {
        expect(text).toContain("The safe sentence stays.");
        expect(text).not.toContain("Replaced by a script");
      }
    } finally {
      server.close();
    }
  }, 60_000);

  it("prints right-to-left text as text (Chinese too, where the machine has a CJK font)", async () => {
    const pdf = await printPdf(`<!doctype html><html><body><p lang="ar" dir="rtl">مرحبا بالعالم</p><p lang="zh">你好世界</p></body></html>`);
    expect(isPdf(pdf)).toBe(true);
    const text = pdfText(pdf);
    if (text !== null) expect(text).toContain("مرحبا بالعالم");
  }, 60_000);

  it("leaves no Chromium behind when the server process is killed", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", path.resolve("server/articles/chromium-pipe.child.ts"), chromium!], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const pid = await new Promise<number>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /CHROMIUM (\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      child.on("exit", (code) => reject(new Error(`The helper exited (${code}) before Chromium started.`)));
    });
    expect(alive(pid)).toBe(true);
    process.kill(child.pid!, "SIGKILL");
    for (let waited = 0; alive(pid) && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alive(pid)).toBe(false);
  }, 60_000);
});
