// The request bodies of the REST API as zod schemas: the contract (lib/api/contract.ts) names them,
// the server validates with them and the browser client types its calls with them.
import { z } from "zod";
import { roles } from "@/lib/article";
import { annotationTargets, mqmCategories, mqmSeverities } from "@/lib/mqm";
import { checkIds } from "@/lib/qa/types";
import { articleStates, maxReasonLength } from "@/lib/workflow";
import { maxCommentLength, maxSentenceLength, maxTextBytes } from "./limits";

const version = z.number().int().positive();
const id = z.number().int().positive();

export const languageCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code such as en, fr or pt-BR.");

/** An ISO 8601 date-time, as a Date. */
export const isoDate = z
  .string()
  .max(40)
  .refine((value) => !Number.isNaN(Date.parse(value)), "Give a date and time in ISO 8601, e.g. 2026-01-31T14:00:00Z.")
  .transform((value) => new Date(value));

/** The MT engine that produced an article's text ("deepl", "google", "nllb-200"). */
export const mtEngine = z.string().trim().min(1).max(100, "Name the MT engine in at most 100 characters.");

export const importArticleBody = z.object({
  title: z.string().trim().max(300).optional(),
  text: z.string(),
  sourceLang: languageCode.optional(),
  targetLang: languageCode.optional(),
  mtEngine: mtEngine.optional(),
});

export const originalTextBody = z.object({
  text: z.string().refine((text) => text.trim() !== "", "The original text is empty."),
  lang: languageCode.optional(),
});

export const moveOriginalBoundaryBody = z.object({ sentenceId: id, direction: z.enum(["up", "down"]) });

export const segmentBody = z.object({
  text: z.string().max(maxTextBytes, "The text is larger than 2 MB."),
  lang: languageCode.optional(),
});

export const updateSentenceBody = z.object({
  text: z.string().max(maxSentenceLength, `A sentence may hold at most ${maxSentenceLength} characters.`).transform((s) => s.trim()),
  version,
  /** The text came from a suggestion: recorded as the revision's note. */
  origin: z.enum(["memory", "learned-fix"]).optional(),
});
export const confirmSentenceBody = z.object({ version });
export const revertSentenceBody = z.object({ revisionId: id, version });
export const splitSentenceBody = z.object({ offset: z.number().int().nonnegative(), version });
export const mergeNextBody = z.object({ version, nextVersion: version });
export const undoStructureBody = z.object({ version });

export const findReplaceBody = z.object({
  find: z.string().min(1, "Type what to find.").max(500),
  replace: z.string().max(500),
  regex: z.boolean().optional(),
  caseSensitive: z.boolean().optional(),
  wholeWord: z.boolean().optional(),
});
export const applyFindReplaceBody = findReplaceBody.extend({
  /** The version of every sentence the preview showed, by id: a sentence changed since is a 409. */
  versions: z.record(z.string().regex(/^\d+$/), version),
  /** Matches the editor unticked, by sentence id: their start offsets. These are left as they are. */
  skip: z.record(z.string().regex(/^\d+$/), z.array(z.number().int().nonnegative()).max(5000)).optional(),
});

export const revertAuthorBody = z
  .object({ authorId: id, from: isoDate, to: isoDate })
  .refine((body) => body.from <= body.to, { message: "The span must start before it ends.", path: ["to"] });

export const enabledChecksBody = z.object({ enabled: z.array(z.enum(checkIds)).max(checkIds.length * 2) }).strict();
export const dismissIssueBody = z.object({ sentenceId: id, key: z.string().min(1).max(1000) }).strict();

export const updateAnnotationBody = z.object({
  target: z.enum(annotationTargets).optional(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  category: z.enum(mqmCategories).optional(),
  severity: z.enum(mqmSeverities).optional(),
  comment: z.string().trim().max(2000).nullable().optional(),
});

export const transitionBody = z.object({
  to: z.enum(articleStates),
  /** The state the client saw: a move from a state the article has left is a 409. */
  from: z.enum(articleStates),
  reason: z.string().max(maxReasonLength).optional(),
});

const assignee = id.nullable().optional();
export const assignmentBody = z
  .object({ editorId: assignee, reviewerId: assignee })
  .refine((body) => body.editorId !== undefined || body.reviewerId !== undefined, { message: "Give editorId, reviewerId or both." });

export const commentBody = z.object({
  body: z.string().trim().min(1, "Write something.").max(maxCommentLength, `At most ${maxCommentLength} characters.`),
  /** Replies name the thread's first comment. */
  parentId: id.optional(),
});
export const resolveBody = z.object({ resolved: z.boolean() });

/** A PATCH names only the fields it changes; the merged entry is validated whole. */
export const glossaryPatchBody = z
  .object({
    term: z.string().optional(),
    forbidden: z.array(z.string()).optional(),
    originalTerm: z.string().nullable().optional(),
    note: z.string().nullable().optional(),
  })
  .strict();

export const createTokenBody = z.object({ name: z.string().trim().min(1, "Give the token a name.").max(100) });

export const createUserBody = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(320),
  name: z.string().trim().max(100).optional(),
  password: z.string().min(10, "Use a password of at least 10 characters.").max(200),
  role: z.enum(roles),
});
export const updateUserBody = z.object({ role: z.enum(roles).optional(), disabled: z.boolean().optional() });
