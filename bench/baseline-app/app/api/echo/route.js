// The benchmarks' baseline: a bare Next route handler that parses JSON and answers JSON.
export async function PATCH(request) {
  const body = await request.json();
  return Response.json({ ok: true, received: body });
}

export async function GET() {
  return Response.json({ ok: true });
}
