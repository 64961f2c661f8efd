import "server-only";
import { AppError } from "@/lib/errors";
import { can, type Permission } from "@/lib/permissions";
import type { Actor } from "@/server/auth/actor";
import { actorFromSession, actorFromToken } from "@/server/auth/current-actor";
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

/** Wraps an API route: authenticates, checks one permission, maps every error to a JSON response. */
export function apiRoute<P extends Params = Params>(
  permission: Permission,
  handler: (input: RouteInput<P>) => Promise<Response>,
) {
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
  if (!value || !/^\d{1,15}$/.test(value) || !Number.isSafeInteger(id)) {
    throw new AppError("not_found", `No ${what} with id ${JSON.stringify(value ?? "")}.`);
  }
  return id;
}
