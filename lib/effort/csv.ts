// The effort report as CSV (RFC 4180), one row per group.
import { keyClasses } from "./keystrokes";
import type { EffortReportView } from "./views";

function cell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A group's name is user text (an article title): a leading = + - @ would run as a spreadsheet formula. */
function label(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function effortCsv(report: EffortReportView): string {
  const header = [
    report.groupBy, "visits", "sentences", "words", "characters", "edited_percent", "hter", "editing_seconds",
    "seconds_per_word", "words_per_hour", "keystrokes", "keystrokes_per_char", "pauses_300ms", "pauses_1000ms",
    ...keyClasses.map((k) => `keys_${k}`),
  ];
  const rows = [...report.groups, { key: "total", label: "Total", figures: report.total }].map(({ label: name, figures: f }) => [
    label(name), f.visits, f.sentences, f.words, f.characters, f.editedPercent, f.hter, f.activeMs / 1000,
    f.secondsPerWord, f.wordsPerHour, f.keystrokes, f.keystrokesPerChar, f.pauses300, f.pauses1000,
    ...keyClasses.map((k) => f.keys[k]),
  ]);
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
