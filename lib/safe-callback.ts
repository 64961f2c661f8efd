// Where to send someone after signing in: only a path on this site. Anything that a browser could read
// as another origin ("//evil", "/\\evil", "/%5Cevil", a tab or newline inside, "javascript:") gives "/".

const base = "http://redline.invalid";

/** `value` as a same-origin path (path, query and fragment), or "/" when it is anything else. */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  let decoded = value;
  // Decode repeatedly (a few rounds), so encoded slashes, backslashes and control characters are seen.
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return "/";
    }
    if (next === decoded) break;
    decoded = next;
  }
  // Browsers read "\" as "/" and drop tabs and newlines, so "/\evil" and "/\t/evil" both mean "//evil".
  if (/[\\\u0000-\u001f\u007f]/.test(decoded)) return "/";
  if (decoded.startsWith("//")) return "/";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return "/";
  }
  if (url.origin !== base) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
