import { apiRoute, idParam } from "@/server/api/route";
import { exportArticleFile } from "@/server/articles/export-article";

export const GET = apiRoute<{ id: string }>("article:export", async ({ request, params }) => {
  const format = new URL(request.url).searchParams.get("format") ?? "txt";
  const file = await exportArticleFile(idParam(params.id, "article"), format);
  return new Response(typeof file.body === "string" ? file.body : Buffer.from(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
