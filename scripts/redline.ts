// Redline's command line: `npm run redline -- <command>`. Works on the same database as the server.
import { runCli } from "@/server/cli/run-cli";

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line.endsWith("\n") ? line : `${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
});
