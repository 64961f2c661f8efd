import { AppError } from "@/lib/errors";
import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { exportGlossary } from "@/server/glossary/export-glossary";

const languageTag = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

function langParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  if (value !== null && !languageTag.test(value)) throw new AppError("bad_request", `${name} must be a language tag such as "en" or "pt-BR".`);
  return value;
}

/** ?format=csv (default) or tbx; TBX takes optional sourceLang and targetLang. */
export const GET = apiRoute(contract.exportGlossary, "article:read", async ({ request }) => {
  const params = new URL(request.url).searchParams;
  const file = await exportGlossary(params.get("format") ?? "csv", {
    sourceLang: langParam(params, "sourceLang"),
    targetLang: langParam(params, "targetLang"),
  });
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
