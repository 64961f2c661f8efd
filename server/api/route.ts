import "server-only";
import { AppError } from "@/lib/errors";
import { can, type Permission } from "@/lib/permissions";
import type { Actor } from "@/server/auth/actor";
import { actorFromSession } from "@/server/auth/current-actor";
import { actorFromToken } from "@/server/auth/token-actor";
import { rawBody, type BodyOutput, type Endpoint, type FileResponse, type PathParams, type ResponseOf } from "@/lib/api/endpoint";
import { bodySchemas } from "@/lib/api/body-schemas";
import { readJson } from "./body";
import { errorResponse } from "./errors";

type Params = Record<string, string>;

interface RouteInput<P extends Params> {
  request: Request;
  actor: Actor;
  params: P;
}

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** True when `origin` names the request's own host; "null", garbage or another host is cross-site. */
export function isSameOrigin(origin: string, requestUrl: string): boolean {
  if (!URL.canParse(origin) || !URL.canParse(requestUrl)) return false;
  return new URL(origin).host === new URL(requestUrl).host;
}

async function authenticate(request: Request): Promise<Actor> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match ? await actorFromToken(match[1]) : null;
    if (!actor) throw new AppError("unauthorized", "The API token is invalid or revoked.");
    return actor;
  }
  const actor = await actorFromSession();
  if (!actor) throw new AppError("unauthorized", "Sign in, or send an API token as 'Authorization: Bearer <token>'.");
  // A cookie is sent by the browser whoever asks: refuse cross-site writes.
  const origin = request.headers.get("origin");
  if (unsafeMethods.has(request.method) && origin && !isSameOrigin(origin, request.url)) {
    throw new AppError("forbidden", "Cross-site requests are not allowed.");
  }
  return actor;
}

type Handler<P extends Params> = (input: RouteInput<P>) => Promise<Response>;

/** What a contract endpoint's handler receives: the validated body, plus what every route gets. */
interface EndpointInput<E extends Endpoint> extends RouteInput<Record<keyof PathParams<E>, string>> {
  body: BodyOutput<E>;
  /** Headers to send with the answer (e.g. Location). */
  headers: Headers;
}

/** A JSON endpoint's handler returns the declared response; a file endpoint's returns a Response (either, for one that answers both). */
type OutputOf<R> = R extends FileResponse ? Response : R;
type EndpointOutput<E extends Endpoint> = OutputOf<ResponseOf<E>>;

/**
 * Wraps an API route: authenticates, checks one permission, maps every error to a JSON response.
 * With a contract endpoint (lib/api/contract.ts) it also reads and validates the JSON body against the
 * endpoint's schema and sends the handler's result with the endpoint's status: the handler can only
 * return the response type the browser client expects.
 */
export function apiRoute<E extends Endpoint>(
  endpoint: E,
  permission: Permission,
  handler: (input: EndpointInput<E>) => Promise<EndpointOutput<E>>,
): (request: Request, context: { params: Promise<Record<keyof PathParams<E>, string>> }) => Promise<Response>;
export function apiRoute<P extends Params = Params>(permission: Permission, handler: Handler<P>): (request: Request, context: { params: Promise<P> }) => Promise<Response>;
export function apiRoute<E extends Endpoint>(
  first: E | Permission,
  second: Permission | Handler<Params>,
  third?: (input: EndpointInput<E>) => Promise<EndpointOutput<E>>,
) {
  if (typeof first === "string" && typeof second === "function") return wrap(first, second);
  if (typeof first === "string" || typeof second !== "string" || !third) throw new Error("apiRoute(endpoint, permission, handler)");
  const endpoint = first;
  return wrap<Record<keyof PathParams<E>, string>>(second, async (input) => {
    const body = await readEndpointBody(endpoint, input.request);
    const headers = new Headers();
    const result = await third({ ...input, body, headers });
    if (result instanceof Response) return result;
    if (result === undefined) return new Response(null, { status: 204, headers });
    return Response.json(result, { status: endpoint.status ?? 200, headers });
  });
}

function readEndpointBody<E extends Endpoint>(endpoint: E, request: Request): Promise<BodyOutput<E>> {
  const name: Endpoint["body"] = endpoint.body;
  if (name === null || name === rawBody) return Promise.resolve(undefined as BodyOutput<E>);
  return readJson(request, bodySchemas[name], endpoint.bodyLimit) as Promise<BodyOutput<E>>;
}

function wrap<P extends Params>(permission: Permission, handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const actor = await authenticate(request);
      if (!can(actor.role, permission)) {
        throw new AppError("forbidden", `Your role (${actor.role.toLowerCase()}) may not do this.`);
      }
      return await handler({ request, actor, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** A numeric id from the URL; anything else is a 404, not a 500. */
export function idParam(value: string | undefined, what: string): number {
  const id = Number(value);
  // Ids are 32-bit integers on PostgreSQL: a larger one cannot exist (and must not reach the database).
  if (!value || !/^\d{1,15}$/.test(value) || !Number.isSafeInteger(id) || id > 2_147_483_647) {
    throw new AppError("not_found", `No ${what} with id ${JSON.stringify(value ?? "")}.`);
  }
  return id;
}
