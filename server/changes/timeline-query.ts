import "server-only";
import { revisionKinds, type RevisionKind } from "@/lib/article";

type SearchParams = Record<string, string | string[] | undefined>;

export interface TimelineQuery {
  authorId?: number;
  kind?: RevisionKind;
  from?: Date;
  to?: Date;
  /** The values as the form shows them again (`datetime-local`, UTC, to the second). */
  form: { author: string; kind: string; from: string; to: string };
}

/** A `datetime-local` value read as UTC ("2026-01-31T14:00" → that minute in UTC); undefined when not a date. */
function utc(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return undefined;
  const date = new Date(`${value}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function toUtcInput(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/** The timeline page's filters from its query string; anything malformed is ignored rather than an error. */
export function parseTimelineQuery(params: SearchParams): TimelineQuery {
  const text = (key: string) => {
    const value = params[key];
    return typeof value === "string" ? value : "";
  };
  const author = text("author");
  const kind = text("kind");
  const from = utc(text("from"));
  // A "to" given to the minute means up to the end of that minute.
  const toText = text("to");
  const toDate = utc(toText);
  const to = toDate && toText.length === 16 ? new Date(toDate.getTime() + 59_999) : toDate;
  const knownKind = (revisionKinds as readonly string[]).includes(kind) ? (kind as RevisionKind) : undefined;
  return {
    authorId: /^\d{1,15}$/.test(author) ? Number(author) : undefined,
    kind: knownKind,
    from,
    to,
    form: { author: /^\d+$/.test(author) ? author : "", kind: knownKind ?? "", from: from ? toUtcInput(from) : "", to: toDate ? toUtcInput(toDate) : "" },
  };
}
