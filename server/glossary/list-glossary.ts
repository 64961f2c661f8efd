import "server-only";
import type { GlossaryTermView } from "@/lib/api-types";
import { loadGlossaryViews } from "./load-glossary";

/** Every term of the installation glossary, by term. */
export async function listGlossary(): Promise<GlossaryTermView[]> {
  return loadGlossaryViews();
}
