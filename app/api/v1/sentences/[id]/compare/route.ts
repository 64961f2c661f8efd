import { apiRoute, idParam } from "@/server/api/route";
import { compareSentence } from "@/server/changes/compare-sentence";

export const GET = apiRoute<{ id: string }>("article:read", async ({ request, params }) => {
  const sentenceId = idParam(params.id, "sentence");
  const search = new URL(request.url).searchParams;
  const from = idParam(search.get("from") ?? undefined, "revision");
  const to = idParam(search.get("to") ?? undefined, "revision");
  return Response.json(await compareSentence({ sentenceId, from, to }));
});
