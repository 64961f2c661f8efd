// Test helper for chromium-pipe.test.ts: launches Chromium over its pipe, prints the browser's pid, then
// waits to be killed (run with node --import tsx --conditions=react-server).
import { ChromiumPipe } from "./chromium-pipe";

const browser = await ChromiumPipe.launch(process.argv[2], ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]);
console.log(`CHROMIUM ${browser.pid}`);
setInterval(() => undefined, 60_000);
