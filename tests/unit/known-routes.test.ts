import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { knownRoutesSource, missingNotAllowed } from "../../scripts/known-routes.mjs";
import { allowedMethods } from "@/server/api/allowed-methods";

describe("known API routes", () => {
  it("server/api/known-routes.ts lists every route under app/api (run `npm run api:routes` when this fails)", () => {
    expect(readFileSync("server/api/known-routes.ts", "utf8")).toBe(knownRoutesSource());
  });

  it("every route re-exports the JSON 405 for each method it does not define, and OPTIONS", () => {
    expect(missingNotAllowed()).toEqual([]);
  });

  it("gives each path's methods, and null for paths no route serves", () => {
    expect(allowedMethods("/api/v1/articles/12/checks")?.sort()).toEqual(["GET", "HEAD", "OPTIONS", "PATCH"]);
    expect(allowedMethods("/api/v1/sentences/3/split")?.sort()).toEqual(["OPTIONS", "POST"]);
    expect(allowedMethods("/api/v1/articles")?.sort()).toEqual(["GET", "HEAD", "OPTIONS", "POST"]);
    // A static segment wins over a parameter, as in Next's routing.
    expect(allowedMethods("/api/v1/glossary/export")?.sort()).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/glossary/12")?.sort()).toEqual(["DELETE", "OPTIONS", "PATCH"]);
    expect(allowedMethods("/api/v1/users/assignable")?.sort()).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/nothing-here")).toBeNull();
    expect(allowedMethods("/api/v1/articles//checks")).toBeNull();
  });
});
