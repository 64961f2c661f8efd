import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";

describe("safeCallbackPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeCallbackPath("/articles/12?status=EDITED#s-4")).toBe("/articles/12?status=EDITED#s-4");
    expect(safeCallbackPath("/")).toBe("/");
    expect(safeCallbackPath("/articles/new")).toBe("/articles/new");
  });

  it.each([
    ["protocol-relative", "//evil.example/x"],
    ["backslash", "/\\evil.example/x"],
    ["encoded backslash", "/%5C127.0.0.1:3399/x"],
    ["double-encoded backslash", "/%255C127.0.0.1:3399/x"],
    ["encoded slash", "/%2F127.0.0.1:3399/x"],
    ["tab", "/\t/evil.example"],
    ["encoded tab", "/%09/127.0.0.1:3399/x"],
    ["encoded newline", "/%0A/evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["absolute URL", "https://evil.example/"],
    ["empty", ""],
    ["malformed escape", "/%E0%A4%A"],
  ])("refuses %s", (_, value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it("refuses what is not a string", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/a", "/b"])).toBe("/");
  });
});
