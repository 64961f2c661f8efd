import { describe, expect, it } from "vitest";
import { run, sentences, spans } from "./test-helpers";
import { untranslated } from "./untranslated";

describe("untranslated", () => {
  it("flags a correction equal to the original", () => {
    const items = sentences({ text: "Il a dit non.", originalText: "Il a dit non." });
    const issues = run(untranslated, items);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toBe("The correction is the same as the original text.");
  });

  it("flags a run of three or more words copied from the original", () => {
    const items = sentences({
      text: "Putin said that the new authorities doivent tenir leurs promesses today.",
      originalText: "Poutine a dit que les nouvelles autorités doivent tenir leurs promesses.",
    });
    expect(spans(run(untranslated, items), items)).toEqual(["doivent tenir leurs promesses"]);
  });

  it("ignores names, numbers, short runs and sentences without an original", () => {
    const items = sentences(
      { text: "The Shanghai Cooperation Organisation met in 2021.", originalText: "L'Organisation de coopération de Shanghai s'est réunie en 2021 : Shanghai Cooperation Organisation." },
      { text: "He said bonjour à tous.", originalText: "Il a dit bonjour à tous les gens." },
      { text: "Vladimir Putin", originalText: "Vladimir Putin" },
      { text: "Il a dit non.", originalText: null },
    );
    expect(spans(run(untranslated, items), items)).toEqual(["bonjour à tous"]);
  });
});
