import { contract } from "@/lib/api/contract";
import { maxTmxBytes } from "@/lib/api/limits";
import { AppError } from "@/lib/errors";
import { readBodyBytes } from "@/server/api/body";
import { apiRoute } from "@/server/api/route";
import { readQuery } from "@/server/effort/read-query";
import { importMemoryTmx, tmxImportQuery } from "@/server/memory/tmx-transfer";

/** The TMX file is the body (XML, at most 5 MB); ?source= gives the source language of units without one. */
export const POST = apiRoute(contract.importMemory, "memory:manage", async ({ request }) => {
  const query = readQuery(request, tmxImportQuery);
  const type = request.headers.get("content-type") ?? "";
  if (!/^(application|text)\/([\w.+-]*\+)?(xml|x-tmx\+xml)\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the TMX file as XML (Content-Type: application/xml).");
  }
  const bytes = await readBodyBytes(request, maxTmxBytes);
  let xml: string;
  try {
    xml = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("unprocessable", "The file is not UTF-8 text.");
  }
  return importMemoryTmx(xml, query);
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
