// Any API path no route serves: a JSON 404 like every other API error (not Next's HTML page).
function notFound(request: Request): Response {
  const { pathname } = new URL(request.url);
  return Response.json({ error: { code: "not_found", message: `No API endpoint at ${pathname}.` } }, { status: 404 });
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
