// Started by bench/run.mjs: one Redline server for all benchmark files; prints its address, then
// runs until killed.
import { startRedline } from "./server";

const server = await startRedline();
console.log(`BENCH_SERVER ${JSON.stringify({ url: server.url, token: server.token, pid: server.pid, dbFile: server.dbFile })}`);
const stop = () => void server.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
