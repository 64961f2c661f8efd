import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { exportArticleFile } from "@/server/articles/export-article";

export const GET = apiRoute(contract.exportArticle, "article:export", async ({ request, params }) => {
  const format = new URL(request.url).searchParams.get("format") ?? "txt";
  const file = await exportArticleFile(idParam(params.id, "article"), format);
  const body = typeof file.body === "string" ? Buffer.from(file.body, "utf8") : Buffer.from(file.body);
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      // The file's size, for the export menu's progress bar: Next.js drops Content-Length when it
      // compresses or streams the response, and a compressed length would not match the bytes fetch reads.
      "X-Export-Size": String(body.byteLength),
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
