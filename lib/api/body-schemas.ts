// Every request body schema of the REST API, under the name by which lib/api/contract.ts declares an
// endpoint's body. The server validates with them (server/api/route.ts). The contract itself names a body
// and imports only its type, so the browser's client is typed by these schemas without loading zod.
import { recordVisitsBody } from "@/lib/effort/visit-body";
import { glossaryTermSchema } from "@/lib/glossary/term";
import { mqmAnnotationInputSchema } from "@/lib/mqm/annotation-input";
import * as bodies from "./bodies";

export const bodySchemas = { ...bodies, recordVisitsBody, glossaryTermSchema, mqmAnnotationInputSchema };

export type BodySchemas = typeof bodySchemas;

/** The name of a request body's schema. */
export type BodyName = keyof BodySchemas;
