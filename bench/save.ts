// Save throughput: 16 clients each PATCH their own sentence (compare-and-set on the version they hold)
// against a bare Next route handler that parses JSON and answers JSON, alternated.
import { alternate, articleText, client, median, report } from "./support/measure";
import { closedLoop, type LoadResult } from "./support/load";
import { sharedRedline, startBaseline } from "./support/server";

const clients = 16;
const seconds = Number(process.env.BENCH_SAVE_SECONDS ?? 5);

const redline = await sharedRedline();
const baseline = await startBaseline();
const call = client(redline.url, redline.token);
try {
  const created = await call<{ id: number; sentences: { id: number; version: number; text: string }[] }>("POST", "/api/v1/articles", {
    title: "Save benchmark",
    text: articleText(clients),
    sourceLang: "fr",
    targetLang: "en",
  });
  const sentences = created.json.sentences.slice(0, clients).map((s) => ({ ...s }));
  if (sentences.length < clients) throw new Error(`Expected ${clients} sentences, got ${sentences.length}.`);
  let round = 0;
  const save = async (i: number) => {
    const sentence = sentences[i];
    round++;
    const response = await call<{ version: number }>("PATCH", `/api/v1/sentences/${sentence.id}`, {
      text: `${sentence.text} (edit ${round})`,
      version: sentence.version,
    });
    if (response.status === 200) sentence.version = response.json.version;
    return response.status === 200;
  };
  const echo = async (i: number) => {
    const response = await fetch(`${baseline.url}/api/echo`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: `${sentences[i].text} (edit ${round++})`, version: 1 }),
    });
    await response.arrayBuffer();
    return response.status === 200;
  };
  await closedLoop(clients, 1, save); // warm-up
  await closedLoop(clients, 1, echo);
  const result = await alternate<LoadResult>(() => closedLoop(clients, seconds, echo), () => closedLoop(clients, seconds, save));
  const p50 = median(result.subject.map((r) => r.p50));
  const p99 = median(result.subject.map((r) => r.p99));
  const errors = result.subject.reduce((sum, r) => sum + r.errors, 0);
  report(`save: ${clients} clients PATCH ${seconds} s`, "req/s", result.subject.map((r) => r.perSecond), result.baseline.map((r) => r.perSecond), {
    higherIsBetter: true,
    extra: `p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms (p99/p50 ${(p99 / p50).toFixed(1)}), errors ${errors}`,
  });
} finally {
  await baseline.stop();
  await redline.stop();
}
