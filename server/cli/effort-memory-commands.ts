import "server-only";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { effortCsv } from "@/lib/effort";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { effortQuery, effortReport } from "@/server/effort/effort-report";
import { exportMemoryTmx, importMemoryTmx, tmxExportQuery, tmxImportQuery } from "@/server/memory/tmx-transfer";

interface Io {
  out: (text: string) => void;
  err: (line: string) => void;
}

type Values = Record<string, string | boolean | undefined>;

function text(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** `memory export [--source L] [--target L] [--out FILE]` and `memory import FILE [--source L]`. */
export async function runMemoryCommand(sub: string | undefined, rest: string[], values: Values, io: Io): Promise<void> {
  if (sub === "export") {
    const tmx = await exportMemoryTmx(tmxExportQuery.parse({ source: text(values, "source"), target: text(values, "target") }));
    const out = text(values, "out");
    if (!out) return io.out(tmx);
    await writeFile(path.resolve(out), tmx);
    return io.err(`Wrote ${out}`);
  }
  if (sub === "import") {
    const file = rest[0];
    if (!file) throw new AppError("bad_request", "Name the TMX file: memory import FILE.");
    const xml = await readFile(file, "utf8").catch(() => {
      throw new AppError("bad_request", `Cannot read ${file}.`);
    });
    const result = await importMemoryTmx(xml, tmxImportQuery.parse({ source: text(values, "source") }));
    io.out(`Imported ${result.imported} pairs (${result.duplicates} already there, ${result.skipped.length} skipped).`);
    for (const skip of result.skipped) io.err(`unit ${skip.unit}: ${skip.reason}`);
    return;
  }
  throw new AppError("bad_request", "Use 'memory export' or 'memory import FILE'.");
}

/** `effort [--from DAY] [--to DAY] [--group-by G]`: the report as CSV, for the first admin. */
export async function runEffortCommand(values: Values, io: Io): Promise<void> {
  const admin = await db.user.findFirst({ where: { role: "ADMIN", disabled: false }, orderBy: { id: "asc" }, select: { id: true, email: true, name: true } });
  if (!admin) throw new AppError("bad_request", "No enabled admin: create one with 'user add'.");
  const query = effortQuery.parse({ from: text(values, "from"), to: text(values, "to"), groupBy: text(values, "group-by") });
  io.out(effortCsv(await effortReport({ ...admin, role: "ADMIN" }, query)).trimEnd());
}
