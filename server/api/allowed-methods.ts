// Which methods an API path answers, from the generated route list: the JSON 405 and OPTIONS of
// method-not-allowed.ts.
import { knownRoutes } from "./known-routes";

function matches(pattern: string, pathname: string): boolean {
  const want = pattern.split("/");
  const got = pathname.replace(/\/+$/, "").split("/");
  if (want.length !== got.length) return false;
  return want.every((segment, index) => (segment.startsWith("[") && got[index] !== "") || segment === got[index]);
}

/** How many [param] segments a route has: like Next, a static segment wins over a parameter. */
const dynamicSegments = (path: string) => path.split("/").filter((segment) => segment.startsWith("[")).length;

/** The methods `pathname` answers (HEAD with GET, OPTIONS always), or null when no route has that path. */
export function allowedMethods(pathname: string): string[] | null {
  const candidates = knownRoutes.filter((candidate) => matches(candidate.path, pathname));
  const route = candidates.sort((a, b) => dynamicSegments(a.path) - dynamicSegments(b.path))[0];
  if (!route) return null;
  const methods = new Set([...route.methods, "OPTIONS"]);
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods];
}

/** The API's 405: JSON like every other error, with the Allow header. */
export function methodNotAllowed(method: string, allowed: string[]): Response {
  return Response.json(
    { error: { code: "method_not_allowed", message: `${method} is not allowed here. Use ${allowed.filter((m) => m !== "HEAD" && m !== "OPTIONS").join(", ")}.` } },
    { status: 405, headers: { Allow: allowed.join(", ") } },
  );
}
