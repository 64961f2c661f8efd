// Turns live events and presence into the workspace store's actions. Pure, so it is unit-tested.
import type { PersonView, SentenceView } from "@/lib/api-types";
import type { LiveEventView, PresenceView } from "@/lib/live-events";

export type LiveAction =
  | { type: "sentenceChanged"; sentence: SentenceView; by?: PersonView }
  | { type: "structureChanged"; removed: number[]; sentences: SentenceView[] }
  /** Something the workspace shows from another endpoint changed: reload that part. */
  | { type: "reload"; what: "comments" | "annotations" | "workflow" | "presence" };

const structural = new Set(["SPLIT", "MERGE", "UNDO"]);

/** The store action for one event; `null` when there is nothing to apply (e.g. the sentence could not be read). */
export function liveAction(event: LiveEventView): LiveAction | null {
  if (event.type === "comment") return { type: "reload", what: "comments" };
  if (event.type === "annotation") return { type: "reload", what: "annotations" };
  if (event.type === "workflow") return { type: "reload", what: "workflow" };
  if (event.type === "presence") return { type: "reload", what: "presence" };
  if (!event.sentence) return null;
  if (event.removed) return { type: "structureChanged", removed: [event.sentence.id], sentences: [] };
  if (structural.has(event.action)) return { type: "structureChanged", removed: [], sentences: [event.sentence] };
  return { type: "sentenceChanged", sentence: event.sentence, by: event.by };
}

/** Who is in which sentence, one entry per person (several tabs count once), for the row initials. */
export function presenceBySentence(presence: PresenceView[]): Record<number, PersonView[]> {
  const rows: Record<number, PersonView[]> = {};
  for (const p of presence) {
    if (p.sentenceId === null) continue;
    const list = (rows[p.sentenceId] ??= []);
    if (!list.some((person) => person.id === p.userId)) list.push({ id: p.userId, name: p.name, email: "" });
  }
  return rows;
}

/** Everyone with the article open, once each, for the header. */
export function presentPeople(presence: PresenceView[]): Array<{ id: number; name: string }> {
  const seen = new Map<number, string>();
  for (const p of presence) if (!seen.has(p.userId)) seen.set(p.userId, p.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** "Anna Berg" → "AB". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => part.charAt(0).toUpperCase()).join("") || "?";
}
