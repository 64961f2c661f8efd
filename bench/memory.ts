// Server memory: RSS idle and after each of two identical passes of work (import, edits, GET, exports,
// a save burst), on a fresh Redline server; the bare Next app idle and after an echo burst as baseline.
import { articleText, client } from "./support/measure";
import { closedLoop } from "./support/load";
import { benchPort, startBaseline, startRedline, type RunningServer } from "./support/server";

const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));

async function pass(server: RunningServer, round: number): Promise<void> {
  const call = client(server.url, server.token);
  const created = await call<{ id: number; sentences: { id: number; version: number; text: string }[] }>("POST", "/api/v1/articles", {
    title: `Memory pass ${round}`,
    text: articleText(2000, round),
    sourceLang: "fr",
    targetLang: "en",
  });
  const article = created.json;
  const edits = article.sentences.filter((_, i) => i % 4 === 0);
  await Promise.all(
    Array.from({ length: 8 }, async (_, worker) => {
      for (let i = worker; i < edits.length; i += 8) {
        const s = edits[i];
        const response = await call<{ version: number }>("PATCH", `/api/v1/sentences/${s.id}`, { text: `${s.text} Edited.`, version: s.version });
        if (response.status === 200) s.version = response.json.version;
      }
    }),
  );
  for (let i = 0; i < 3; i++) await call("GET", `/api/v1/articles/${article.id}`);
  for (const format of ["docx-tracked", "pdf", "html", "json"]) await call("GET", `/api/v1/articles/${article.id}/export?format=${format}`);
  await closedLoop(16, 3, async (i) => {
    const s = edits[i];
    const response = await call<{ version: number }>("PATCH", `/api/v1/sentences/${s.id}`, { text: `${s.text} Burst ${Math.random()}.`, version: s.version });
    if (response.status === 200) s.version = response.json.version;
    return response.status === 200;
  });
}

const redline = await startRedline(benchPort + 50);
const baseline = await startBaseline();
try {
  await settle();
  const idle = redline.rss();
  await pass(redline, 1);
  await settle();
  const first = redline.nodeRss();
  const firstAll = redline.rss();
  await pass(redline, 2);
  await settle();
  const second = redline.nodeRss();
  const secondAll = redline.rss();

  const baseIdle = baseline.rss();
  await closedLoop(16, 3, async () => {
    const response = await fetch(`${baseline.url}/api/echo`, { method: "PATCH", headers: { "content-type": "application/json" }, body: '{"a":1}' });
    await response.arrayBuffer();
    return response.ok;
  });
  await settle();
  const baseAfter = baseline.rss();
  const mb = (v: number) => `${v.toFixed(0)} MB`;
  console.log(
    `${"memory: server RSS idle".padEnd(38)} ${mb(idle)}`.padEnd(64) + ` baseline ${mb(baseIdle)}`.padEnd(34) + ` ratio ${(idle / baseIdle).toFixed(2)}`,
  );
  console.log(
    `${"memory: RSS after pass 1 / pass 2".padEnd(38)} ${mb(first)} / ${mb(second)}`.padEnd(64) +
      ` baseline ${mb(baseAfter)}`.padEnd(34) +
      ` ratio ${(second / baseAfter).toFixed(2)}  growth pass 1→2 ${(second - first).toFixed(0)} MB (Node processes only)`,
  );
  console.log(`${"memory: with Chromium, pass 1 / pass 2".padEnd(38)} ${mb(firstAll)} / ${mb(secondAll)}`);
} finally {
  await baseline.stop();
  await redline.stop();
}
