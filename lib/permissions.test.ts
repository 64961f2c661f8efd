import { describe, expect, it } from "vitest";
import { can } from "./permissions";

describe("permissions", () => {
  it("lets a viewer read and export but not import or edit", () => {
    expect(can("VIEWER", "article:read")).toBe(true);
    expect(can("VIEWER", "article:export")).toBe(true);
    expect(can("VIEWER", "article:import")).toBe(false);
    expect(can("VIEWER", "sentence:edit")).toBe(false);
  });

  it("lets an editor import and edit but not confirm or manage users", () => {
    expect(can("EDITOR", "article:import")).toBe(true);
    expect(can("EDITOR", "sentence:edit")).toBe(true);
    expect(can("EDITOR", "sentence:confirm")).toBe(false);
    expect(can("EDITOR", "user:manage")).toBe(false);
  });

  it("lets a reviewer confirm, and only an admin manage users", () => {
    expect(can("REVIEWER", "sentence:confirm")).toBe(true);
    expect(can("REVIEWER", "user:manage")).toBe(false);
    expect(can("ADMIN", "user:manage")).toBe(true);
    expect(can("ADMIN", "sentence:confirm")).toBe(true);
  });
});
