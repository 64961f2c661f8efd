import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { compareSentence } from "@/server/changes/compare-sentence";

export const GET = apiRoute(contract.compareSentence, "article:read", async ({ request, params }) => {
  const search = new URL(request.url).searchParams;
  return compareSentence({
    sentenceId: idParam(params.id, "sentence"),
    from: idParam(search.get("from") ?? undefined, "revision"),
    to: idParam(search.get("to") ?? undefined, "revision"),
  });
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
