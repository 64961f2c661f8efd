import { NextResponse, type NextRequest } from "next/server";

// A first, cheap gate for pages: no session cookie → sign-in, remembering where the user was going.
// The real checks (valid session, enabled user, role) happen on the server in requirePage/apiRoute.
const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/signin";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Pages only: API routes answer 401 themselves, and sign-in and static files stay open.
  matcher: ["/((?!api/|signin|_next/|favicon.ico).*)"],
};
