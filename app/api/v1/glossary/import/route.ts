import { contract } from "@/lib/api/contract";
import { AppError } from "@/lib/errors";
import { readBodyBytes } from "@/server/api/body";
import { apiRoute } from "@/server/api/route";
import { glossaryImportMode, importGlossary, maxGlossaryCsvBytes } from "@/server/glossary/import-glossary";

/** The CSV is the body (text/csv, at most maxGlossaryCsvBytes); ?mode=merge (default) or replace. */
export const POST = apiRoute(contract.importGlossary, "sentence:edit", async ({ request }) => {
  const mode = glossaryImportMode(new URL(request.url).searchParams.get("mode"));
  const type = request.headers.get("content-type") ?? "";
  if (!/^text\/(csv|plain)\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the glossary as CSV (Content-Type: text/csv).");
  }
  const bytes = await readBodyBytes(request, maxGlossaryCsvBytes);
  let csv: string;
  try {
    csv = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("unprocessable", "The file is not UTF-8 text.");
  }
  return importGlossary(csv, mode);
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
