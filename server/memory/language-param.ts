import "server-only";
import { z } from "zod";

/** A language code in a memory query (the pattern of the import's languages). */
export const languageParam = z.string().trim().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code such as en, fr or pt-BR.");
