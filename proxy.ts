import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/csp";
import { allowedMethods, methodNotAllowed } from "@/server/api/allowed-methods";

// Runs before every request but static files:
// - API: a method the route does not export gets a JSON 405 (unknown paths reach app/api/[...path]: JSON 404).
// - Pages: a Content-Security-Policy with a fresh nonce, which Next puts on its own scripts (it reads the
//   nonce from the request's CSP header); and a first, cheap gate: no session cookie → sign-in,
//   remembering where the user was going. The real checks happen in requirePage/apiRoute.
const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function apiProxy(request: NextRequest): Response {
  const allowed = allowedMethods(request.nextUrl.pathname);
  if (allowed && !allowed.includes(request.method)) return methodNotAllowed(request.method, allowed);
  return NextResponse.next();
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) return apiProxy(request);
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  if (pathname !== "/signin" && !sessionCookies.some((name) => request.cookies.has(name))) {
    const url = request.nextUrl.clone();
    url.pathname = "/signin";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Everything but Next's static files and the icon.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
