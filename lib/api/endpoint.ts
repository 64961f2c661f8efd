// What one endpoint of the REST API is: method, path, request body schema and response type, declared
// once in contract.ts and taken by both `apiRoute` (server) and `api` (browser client). The body is named
// (a key of body-schemas.ts), so the declaration carries no zod at run time.
import type { z } from "zod";
import type { BodyName, BodySchemas } from "./body-schemas";

export type Method = "GET" | "POST" | "PATCH" | "DELETE";

/** The response of an endpoint that answers with a file (or anything but JSON): its handler returns a Response. */
export interface FileResponse {
  readonly file: true;
}

/** An endpoint whose request body is not JSON (a file, a CSV): the handler reads `request` itself. */
export const rawBody = "raw" as const;

export interface Endpoint<Path extends string = string, Body extends BodyName | typeof rawBody | null = BodyName | typeof rawBody | null, Response = unknown> {
  method: Method;
  /** With `:name` for each path parameter. */
  path: Path;
  /** The name of the JSON body's schema (body-schemas.ts), `rawBody`, or null when the request has none. */
  body: Body;
  /** Largest body accepted, in bytes (default: limits.defaultJsonBytes). */
  bodyLimit?: number;
  /** Status of a success (default 200; 204 for a response of `void`). */
  status?: number;
  /** Never set: carries the response type for `apiRoute` and `api`. */
  response?: Response;
}

/** Declares an endpoint answering `Response`: `endpoint<SentenceView>()({ method, path, body })`. */
export function endpoint<Response>() {
  return <const Path extends string, const Body extends BodyName | typeof rawBody | null>(definition: {
    method: Method;
    path: Path;
    body: Body;
    bodyLimit?: number;
    status?: number;
  }): Endpoint<Path, Body, Response> => definition;
}

type ParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

/** The path parameters of an endpoint, e.g. `{ id: number | string }` for `/sentences/:id`. */
export type PathParams<E extends Endpoint> = { [Name in ParamNames<E["path"]>]: number | string };

/** The response type of an endpoint. */
export type ResponseOf<E extends Endpoint> = E extends Endpoint<string, infer _Body, infer Response> ? Response : never;

/** What the caller sends (before the schema's transforms). */
export type BodyInput<E extends Endpoint> = E["body"] extends BodyName ? z.input<BodySchemas[E["body"]]> : never;

/** What the handler receives (after the schema's transforms). */
export type BodyOutput<E extends Endpoint> = E["body"] extends BodyName ? z.output<BodySchemas[E["body"]]> : undefined;

/** Fills an endpoint's path with its parameters, each URL-encoded. */
export function endpointPath(path: string, params: Record<string, number | string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}
