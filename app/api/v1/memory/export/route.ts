import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { readQuery } from "@/server/effort/read-query";
import { exportMemoryTmx, tmxExportQuery } from "@/server/memory/tmx-transfer";

/** The correction memory as TMX 1.4b; ?source=&target= for one language pair. */
export const GET = apiRoute(contract.exportMemory, "article:export", async ({ request }) => {
  const query = readQuery(request, tmxExportQuery);
  const name = query.source && query.target ? `correction-memory-${query.source}-${query.target}.tmx` : "correction-memory.tmx";
  return new Response(await exportMemoryTmx(query), {
    headers: {
      "Content-Type": "application/x-tmx+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
