import "server-only";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { previewSentences } from "@/lib/import/preview";
import { parsePlainText } from "@/lib/import/text";
import { loadActor, type Actor } from "@/server/auth/actor";
import { exportArticleFile } from "@/server/articles/export-article";
import { importDocument, maxImportBytes, mtEngine } from "@/server/articles/import-article";
import { runEffortCommand, runMemoryCommand } from "./effort-memory-commands";
import { importWmtMqmFile } from "@/server/annotations/import-wmt-mqm";
import { db } from "@/server/db";
import { createToken } from "@/server/tokens/manage-tokens";
import { createUser, createUserBody } from "@/server/users/manage-users";

export interface CliIo {
  out: (text: string) => void;
  err: (line: string) => void;
  readStdin: () => Promise<string>;
}

const usage = `Usage: npm run redline -- <command>
  user add --email E --password P --role ADMIN|REVIEWER|EDITOR|VIEWER [--name N]
  token create --email E [--name N]            prints only the token
  import FILE [--title T] [--lang L] [--source-lang L] [--engine E] [--as EMAIL]   prints the article id
  export ID --format F [--out FILE]            txt md html json docx docx-tracked redline pdf xliff xliff12 csv
  segment [FILE|-] [--lang L]                  one sentence per line
  mqm import FILE [--as EMAIL]                 WMT MQM ratings (TSV): prints article ids and WMT scores
  memory export [--source L] [--target L] [--out FILE]   the correction memory as TMX 1.4b
  memory import FILE [--source L]              adds a TMX file's MT/correction pairs to the memory
  effort [--from DAY] [--to DAY] [--group-by article|editor|pair|engine|day]   effort figures as CSV`;

class UsageError extends Error {}

function required(value: string | undefined, name: string): string {
  if (!value) throw new UsageError(`Missing --${name}.`);
  return value;
}

async function actorFor(email: string | undefined): Promise<Actor> {
  const user = email
    ? await db.user.findUnique({ where: { email: email.toLowerCase() } })
    : await db.user.findFirst({ where: { role: "ADMIN", disabled: false }, orderBy: { id: "asc" } });
  const actor = user ? await loadActor(user.id) : null;
  if (!actor) throw new UsageError(email ? `No enabled user with the email ${email}.` : "No enabled admin: create one with 'user add'.");
  return actor;
}

async function readText(file: string | undefined, io: CliIo): Promise<string> {
  if (!file || file === "-") return io.readStdin();
  const bytes = await readFile(file).catch(() => {
    throw new UsageError(`Cannot read ${file}.`);
  });
  if (bytes.byteLength > maxImportBytes) throw new UsageError(`${file} is larger than 2 MB.`);
  return bytes.toString("utf8");
}

async function dispatch(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      title: { type: "string" },
      lang: { type: "string" },
      "source-lang": { type: "string" },
      as: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      engine: { type: "string" },
      source: { type: "string" },
      target: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      "group-by": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, sub, ...rest] = positionals;
  if (values.help || !command) return io.out(usage);

  if (command === "user" && sub === "add") {
    const input = createUserBody.parse({ email: values.email, password: values.password, role: values.role?.toUpperCase(), name: values.name });
    const user = await createUser(input);
    return io.out(`Created ${user.role.toLowerCase()} ${user.email} (id ${user.id}).`);
  }
  if (command === "token" && sub === "create") {
    const actor = await actorFor(required(values.email, "email"));
    const { token } = await createToken(actor.id, values.name ?? "CLI");
    return io.out(token);
  }
  if (command === "import") {
    const file = sub;
    if (!file) throw new UsageError("Name the file to import (or - for standard input).");
    const text = await readText(file, io);
    if (!text.trim()) throw new UsageError("The text is empty.");
    const actor = await actorFor(values.as);
    const id = await importDocument({
      actor,
      doc: parsePlainText(text, { titleFromFirstLine: !values.title }),
      title: values.title,
      targetLang: values.lang,
      sourceLang: values["source-lang"],
      mtEngine: values.engine === undefined ? undefined : mtEngine.parse(values.engine),
    });
    return io.out(String(id));
  }
  if (command === "export") {
    const id = Number(sub);
    if (!sub || !Number.isSafeInteger(id)) throw new UsageError("Give the article id: export ID --format F.");
    const file = await exportArticleFile(id, values.format ?? "txt");
    if (values.out) {
      await writeFile(path.resolve(values.out), file.body);
      return io.err(`Wrote ${values.out}`);
    }
    if (typeof file.body !== "string") throw new UsageError(`The ${values.format} format is binary: give --out FILE.`);
    return io.out(file.body);
  }
  if (command === "mqm" && sub === "import") {
    for (const line of await importWmtMqmFile(await actorFor(values.as), rest[0])) io.out(line);
    return;
  }
  if (command === "memory") return runMemoryCommand(sub, rest, values, io);
  if (command === "effort") return runEffortCommand(values, io);
  if (command === "segment") {
    const text = await readText(sub, io);
    for (const sentence of previewSentences(text, values.lang ?? "en")) io.out(sentence.replace(/\n/g, " "));
    return;
  }
  void rest;
  throw new UsageError(`Unknown command: ${[command, sub].filter(Boolean).join(" ")}\n${usage}`);
}

/** Runs one CLI command; returns the exit code. Errors are one line on stderr. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  try {
    await dispatch(args, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof AppError) io.err(`redline: ${error.message}`);
    else if (error instanceof ZodError) io.err(`redline: ${error.issues[0]?.path.join(".") || "input"}: ${error.issues[0]?.message}`);
    else if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) io.err(`redline: ${error.message}`);
    else {
      io.err(`redline: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    return 1;
  } finally {
    await db.$disconnect();
  }
}
