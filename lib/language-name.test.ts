import { describe, expect, it } from "vitest";
import { languageName } from "./language-name";

describe("languageName", () => {
  it("names languages and regional variants", () => {
    expect(languageName("fr")).toBe("French");
    expect(languageName("en")).toBe("English");
    expect(languageName("pt-BR")).toBe("Brazilian Portuguese");
  });
  it("says Unknown for und or nothing", () => {
    expect(languageName("und")).toBe("Unknown");
    expect(languageName("")).toBe("Unknown");
    expect(languageName(null)).toBe("Unknown");
  });
  it("falls back to the code when it is not a valid tag", () => {
    expect(languageName("x!")).toBe("x!");
  });
});
