// A glossary term: the preferred target-language term, variants editors must not use, and the
// original-language term that calls for it. Pure: no Next, no Prisma.

import { z } from "zod";

const variant = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(200)
  .refine((v) => !v.includes("|"), "must not contain |");

export const glossaryTermSchema = z.object({
  term: z.string().trim().min(1, "the term must not be empty").max(200),
  forbidden: z.array(variant).max(50).default([]),
  originalTerm: z.string().trim().max(200).nullish(),
  note: z.string().trim().max(2000).nullish(),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
