// Browser-side calls to Redline's own REST API (session cookie). Never imports server code.

export interface ApiError {
  code: string;
  message: string;
}

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: ApiError; body: Record<string, unknown> };

export async function callApi<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    return { ok: false, status: 0, error: { code: "network", message: "Could not reach the server. Check your connection." }, body: {} };
  }
  if (response.status === 204) return { ok: true, status: 204, data: undefined as T };
  const body: unknown = await response.json().catch(() => ({}));
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  const record = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const error = record.error as Partial<ApiError> | undefined;
  return {
    ok: false,
    status: response.status,
    error: { code: error?.code ?? "error", message: error?.message ?? `The server answered ${response.status}.` },
    body: record,
  };
}
