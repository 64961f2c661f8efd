import { z } from "zod";
import { apiRoute } from "@/server/api/route";
import { readJson } from "@/server/api/body";
import { maxImportBytes } from "@/server/articles/import-article";
import { previewSentences } from "@/lib/import/preview";

const segmentBody = z.object({
  text: z.string().max(maxImportBytes, "The text is larger than 2 MB."),
  lang: z.string().trim().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code such as en or fr.").optional(),
});

// A preview: splits the text and stores nothing.
export const POST = apiRoute("article:read", async ({ request }) => {
  const { text, lang } = await readJson(request, segmentBody, Math.ceil(maxImportBytes * 1.5));
  return Response.json({ sentences: previewSentences(text, lang ?? "en") });
});
