import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { readJson } from "./body";

/** A JSON request whose body stream sends `{"a":` and then fails with `error`, as a closed connection does. */
function cutOffRequest(error: Error): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"a":'));
      controller.error(error);
    },
  });
  return new Request("http://localhost/api/v1/x", { method: "POST", body, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
}

describe("readJson", () => {
  it("answers a client that went away mid-body with a 400, not an unexpected error", async () => {
    const aborted = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    const error = await readJson(cutOffRequest(aborted), z.object({ a: z.number() })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "bad_request", message: expect.stringMatching(/connection closed/i) });
  });

  it("lets any other failure of the body through as it is", async () => {
    const other = new Error("disk on fire");
    await expect(readJson(cutOffRequest(other), z.object({ a: z.number() }))).rejects.toBe(other);
  });

  it("reads a whole body", async () => {
    const request = new Request("http://localhost/x", { method: "POST", body: '{"a":1}', headers: { "content-type": "application/json" } });
    expect(await readJson(request, z.object({ a: z.number() }))).toEqual({ a: 1 });
  });
});
