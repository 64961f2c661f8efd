import { contract } from "@/lib/api/contract";
import { effortCsv } from "@/lib/effort";
import { apiRoute } from "@/server/api/route";
import { effortQuery, effortReport } from "@/server/effort/effort-report";
import { readQuery } from "@/server/effort/read-query";

/** Effort figures: ?from=&to= (UTC days) &articleId= &authorId= &pair=fr→en &engine= &groupBy= &format=json|csv. */
export const GET = apiRoute(contract.effortReport, "sentence:edit", async ({ request, actor }) => {
  const query = readQuery(request, effortQuery);
  const report = await effortReport(actor, query);
  if (query.format === "json") return report;
  return new Response(effortCsv(report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="effort-by-${report.groupBy}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
