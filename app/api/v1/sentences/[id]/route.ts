import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { db } from "@/server/db";
import { findSentenceView } from "@/server/sentences/sentence-view";
import { updateSentence } from "@/server/sentences/update-sentence";

export const GET = apiRoute(contract.getSentence, "article:read", async ({ params }) => findSentenceView(db, idParam(params.id, "sentence")));

export const PATCH = apiRoute(contract.updateSentence, "sentence:edit", async ({ body, actor, params }) =>
  updateSentence({ actor, sentenceId: idParam(params.id, "sentence"), ...body }),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
