import { z } from "zod";
import { isoDate } from "@/lib/api/bodies";
import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { compareArticle } from "@/server/changes/compare-article";

const query = z.object({ from: isoDate, to: isoDate });

export const GET = apiRoute(contract.compareArticle, "article:read", async ({ request, params }) => {
  const search = new URL(request.url).searchParams;
  const { from, to } = query.parse({ from: search.get("from") ?? "", to: search.get("to") ?? "" });
  return compareArticle({ articleId: idParam(params.id, "article"), from, to });
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
