import "server-only";
import type { z } from "zod";

/** Parses a request's query string against a schema (absent parameters are undefined): 400 when invalid. */
export function readQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const params = new URL(request.url).searchParams;
  const values: Record<string, string> = {};
  for (const [name, value] of params) if (value !== "") values[name] = value;
  return schema.parse(values);
}
