// The body of POST /api/v1/effort/visits: a batch of editing visits, as the workspace sends them.
import { z } from "zod";
import { keyClasses } from "./keystrokes";
import { visitOrigins } from "./visit";

export const maxVisitsPerBatch = 200;
/** A visit longer than a working day is a clock error, not editing. */
const maxVisitMs = 12 * 60 * 60 * 1000;
const count = z.number().int().min(0).max(1_000_000);

const visitSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "Visit ids are 8–64 letters, digits, - or _."),
    sentenceId: z.number().int().positive(),
    startedAt: z.iso.datetime(),
    endedAt: z.iso.datetime(),
    activeMs: z.number().int().min(0).max(maxVisitMs),
    keys: z.object(Object.fromEntries(keyClasses.map((name) => [name, count])) as Record<(typeof keyClasses)[number], typeof count>).strict(),
    pauses300: count,
    pauses1000: count,
    origin: z.enum(visitOrigins).nullable().optional(),
  })
  .strict()
  .refine((v) => Date.parse(v.endedAt) >= Date.parse(v.startedAt), { message: "endedAt is before startedAt.", path: ["endedAt"] })
  .refine((v) => Date.parse(v.endedAt) - Date.parse(v.startedAt) <= maxVisitMs, { message: "A visit lasts at most 12 hours.", path: ["endedAt"] })
  .refine((v) => v.activeMs <= Date.parse(v.endedAt) - Date.parse(v.startedAt) + 1000, { message: "activeMs is longer than the visit.", path: ["activeMs"] })
  .refine((v) => v.pauses1000 <= v.pauses300, { message: "pauses1000 cannot exceed pauses300 (a long pause is also a short one).", path: ["pauses1000"] });

export const recordVisitsBody = z.object({ visits: z.array(visitSchema).min(1).max(maxVisitsPerBatch, `Send at most ${maxVisitsPerBatch} visits at a time.`) }).strict();
export type RecordVisitsBody = z.infer<typeof recordVisitsBody>;
