// Language names for display: "French" for "fr", "Unknown" for "und" or an empty code.

const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

export function languageName(code: string | null | undefined): string {
  if (!code || code.toLowerCase() === "und") return "Unknown";
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
