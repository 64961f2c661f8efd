// The one browser client of Redline's REST API (session cookie): every call names an endpoint of
// lib/api/contract.ts, so its body and response types are the ones the server declares.
import type { BodyName } from "@/lib/api/body-schemas";
import type { SentenceView } from "@/lib/api-types";
import { endpointPath, rawBody, type BodyInput, type Endpoint, type PathParams, type ResponseOf } from "@/lib/api/endpoint";

export interface ApiError {
  code: string;
  message: string;
}

export type ApiFailure = {
  ok: false;
  status: number;
  error: ApiError;
  /** On a 409 from a sentence write: the sentence as it is now. */
  current: SentenceView | null;
};

export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;

type ParamsOption<E extends Endpoint> = [keyof PathParams<E>] extends [never] ? { params?: undefined } : { params: PathParams<E> };
type BodyOption<E extends Endpoint> = E["body"] extends BodyName
  ? { body: BodyInput<E> }
  : E["body"] extends typeof rawBody
    ? { upload: { data: BodyInit; contentType: string } }
    : { body?: undefined };

export type CallOptions<E extends Endpoint> = ParamsOption<E> & BodyOption<E> & {
  query?: Record<string, string | undefined>;
  /** Let the request outlive the page (a last batch sent while the tab is hidden or closing). */
  keepalive?: boolean;
};

const networkFailure: ApiFailure = {
  ok: false,
  status: 0,
  error: { code: "network", message: "Could not reach the server. Check your connection." },
  current: null,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isSentenceView(value: unknown): value is SentenceView {
  return isRecord(value) && typeof value.id === "number" && typeof value.version === "number" && typeof value.text === "string" && typeof value.sourceText === "string";
}

/** The one parser of the API's error body `{ error: { code, message }, current? }`. */
export function apiFailure(status: number, body: unknown): ApiFailure {
  const record = isRecord(body) ? body : {};
  const error = isRecord(record.error) ? record.error : {};
  return {
    ok: false,
    status,
    error: {
      code: typeof error.code === "string" ? error.code : "error",
      message: typeof error.message === "string" ? error.message : `The server answered ${status}.`,
    },
    current: isSentenceView(record.current) ? record.current : null,
  };
}

/** Reads a failed fetch Response's error message (for downloads, whose success is not JSON). */
export async function failureOf(response: Response): Promise<ApiFailure> {
  return apiFailure(response.status, await response.json().catch(() => ({})));
}

/** The URL of an endpoint with its path parameters and query. */
export function endpointUrl<E extends Endpoint>(endpoint: E, params: Record<string, number | string> | undefined, query?: Record<string, string | undefined>): string {
  const path = endpointPath(endpoint.path, params ?? {});
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== "") search.set(key, value);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Calls one endpoint of the contract; never throws. */
export async function api<E extends Endpoint>(endpoint: E, options: CallOptions<E>): Promise<ApiResult<ResponseOf<E>>> {
  const url = endpointUrl(endpoint, options.params, options.query);
  let init: RequestInit = { method: endpoint.method, ...(options.keepalive ? { keepalive: true } : {}) };
  if ("body" in options && options.body !== undefined) {
    init = { ...init, headers: { "Content-Type": "application/json" }, body: JSON.stringify(options.body) };
  } else if ("upload" in options && options.upload) {
    init = { ...init, headers: { "Content-Type": options.upload.contentType }, body: options.upload.data };
  }
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    return networkFailure;
  }
  return resultOf<ResponseOf<E>>(response.status, response.status === 204 ? null : await response.json().catch(() => ({})));
}

/** A parsed answer as the contract types it: the server's JSON for this endpoint is its declared response. */
export function resultOf<T>(status: number, body: unknown): ApiResult<T> {
  if (status >= 200 && status < 300) return { ok: true, status, data: body as T };
  return status === 0 ? networkFailure : apiFailure(status, body);
}
