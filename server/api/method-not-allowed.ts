// What an API route answers to a method it does not serve: a JSON 405 with `Allow`, like every other API
// error, instead of Next's empty one; and OPTIONS with the methods it does serve. Every route file under
// app/api re-exports from here the methods it does not define (tests/unit/known-routes.test.ts checks).
// The proxy used to answer these, but running it cost every API request about a fifth of its throughput.
import { allowedMethods, methodNotAllowed } from "./allowed-methods";

function allowedFor(request: Request): string[] {
  return allowedMethods(new URL(request.url).pathname) ?? ["OPTIONS"];
}

function notAllowed(request: Request): Response {
  return methodNotAllowed(request.method, allowedFor(request));
}

/** 204 with the methods the path serves (Next's own OPTIONS would also list the 405s). */
export function OPTIONS(request: Request): Response {
  return new Response(null, { status: 204, headers: { Allow: allowedFor(request).join(", ") } });
}

export { notAllowed as GET, notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
