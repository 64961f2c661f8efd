// One date format for the whole app: relative ("5 minutes ago") with the absolute time on hover.

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

// The formatters are made on first use: making one loads locale data, which a page that shows no time
// (or not yet) should not pay for while it starts.
let relative: Intl.RelativeTimeFormat | undefined;
let absolute: Intl.DateTimeFormat | undefined;

/** "just now", "5 minutes ago", "yesterday", "in 2 hours". */
export function relativeTime(date: Date, now: Date): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return "just now";
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return (relative ??= new Intl.RelativeTimeFormat("en", { numeric: "auto" })).format(Math.round(seconds / size), unit);
  }
  return "just now";
}

/** "28 Nov 2026, 09:46 UTC": the same on the server and in every browser. */
export function absoluteTime(date: Date): string {
  absolute ??= new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return `${absolute.format(date)} UTC`;
}
