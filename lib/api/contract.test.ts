import { describe, expect, it } from "vitest";
import { z } from "zod";
import { bodySchemas } from "./body-schemas";
import { contract } from "./contract";
import { rawBody } from "./endpoint";

describe("the API contract", () => {
  const endpoints = Object.entries(contract);

  it("names, for every JSON body, a schema the server validates with", () => {
    for (const [name, endpoint] of endpoints) {
      if (endpoint.body === null || endpoint.body === rawBody) continue;
      expect(bodySchemas[endpoint.body], `${name} names ${endpoint.body}`).toBeInstanceOf(z.ZodType);
    }
  });

  it("holds only plain data, so the browser's client carries no schema", () => {
    for (const [name, endpoint] of endpoints) {
      expect(JSON.parse(JSON.stringify(endpoint)), name).toEqual(endpoint);
    }
  });

  it("declares each method and path once", () => {
    const keys = endpoints.map(([, endpoint]) => `${endpoint.method} ${endpoint.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("refuses a body that does not match the named schema", () => {
    const schema = bodySchemas[contract.updateSentence.body];
    expect(schema.safeParse({ text: "Imran Khan spoke.", version: 3 }).success).toBe(true);
    expect(schema.safeParse({ text: 42, version: 3 }).success).toBe(false);
  });
});
