import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/csp";

// Runs before every page request (not the API, nor static files):
// - a Content-Security-Policy with a fresh nonce, which Next puts on its own scripts (it reads the nonce
//   from the request's CSP header);
// - a first, cheap gate: no session cookie → sign-in, remembering where the user was going. The real
//   checks happen in requirePage.
// The API does without it: running the proxy cost every API request about a fifth of its throughput
// (bench/save.ts). Routes answer a wrong method themselves (server/api/method-not-allowed.ts) and unknown
// paths reach app/api/[...path] (JSON 404); apiRoute authenticates.
const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
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
  // Pages: everything but the API, Next's static files and the icon.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
