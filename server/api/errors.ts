import "server-only";
import { ZodError } from "zod";
import { AppError, errorCodes } from "@/lib/errors";

/** Turns any thrown value into the API's error response. Unknown errors are logged, never shown. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json(
      { error: { code: error.code, message: error.message }, ...error.details },
      { status: errorCodes[error.code] },
    );
  }
  if (error instanceof ZodError) {
    const fields = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    const first = fields[0];
    const message = first ? `Invalid ${first.path || "input"}: ${first.message}` : "Invalid input";
    return Response.json({ error: { code: "bad_request", message, fields } }, { status: 400 });
  }
  console.error("Unexpected error", error);
  return Response.json({ error: { code: "internal", message: "Something went wrong on our side." } }, { status: 500 });
}
