import { describe, expect, it } from "vitest";
import { strayFullStop } from "./stray-full-stop";
import { run, sentences, spans } from "./test-helpers";

describe("stray-full-stop", () => {
  it("flags a full stop before a lower-case word and suggests removing it", () => {
    const items = sentences("Putin said during his speech. by videoconference at the summit.", "To stop the trade. heroin and opium.");
    const issues = run(strayFullStop, items);
    expect(spans(issues, items)).toEqual([".", "."]);
    expect(issues[0]).toMatchObject({ start: 28, end: 29, key: "stray-full-stop|1|. by|0", suggestion: { replacement: "" } });
  });

  it("ignores abbreviations, initials, ellipses and capitals", () => {
    const items = sentences(
      "U.S. officials met at 10 a.m. on Friday, e.g. in Kabul, etc. and more.",
      "Talks with Dr. smith, approx. five hours... then more.",
      "It ended. Then it began. “Why?” he asked.",
    );
    expect(run(strayFullStop, items)).toEqual([]);
  });

  it("flags ? and ! too", () => {
    const items = sentences("He asked why? and left.");
    expect(run(strayFullStop, items)[0].message).toBe("“?” inside the sentence, before “and”.");
  });
});
