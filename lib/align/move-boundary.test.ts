import { describe, expect, it } from "vitest";
import { moveOriginalBoundary } from "./move-boundary";

describe("moving an original sentence across a row boundary", () => {
  const pair = { previous: "Le chat dort. Il fait beau.", current: "Le chien court. Il aboie." };

  it("up: the first original sentence of this row goes to the end of the previous row", () => {
    expect(moveOriginalBoundary(pair, "up", "fr")).toEqual({
      previous: "Le chat dort. Il fait beau. Le chien court.",
      current: "Il aboie.",
    });
  });

  it("down: the last original sentence of the previous row goes to the start of this row", () => {
    expect(moveOriginalBoundary(pair, "down", "fr")).toEqual({
      previous: "Le chat dort.",
      current: "Il fait beau. Le chien court. Il aboie.",
    });
  });

  it("up then down gives the rows back", () => {
    const moved = moveOriginalBoundary(pair, "up", "fr");
    expect(moved && moveOriginalBoundary(moved, "down", "fr")).toEqual(pair);
  });

  it("a row that gives its only sentence is left without original text (null)", () => {
    expect(moveOriginalBoundary({ previous: null, current: "Seule phrase." }, "up", "fr")).toEqual({ previous: "Seule phrase.", current: null });
    expect(moveOriginalBoundary({ previous: "Seule phrase.", current: "" }, "down", "fr")).toEqual({ previous: null, current: "Seule phrase." });
  });

  it("returns null when the giving row has no original text", () => {
    expect(moveOriginalBoundary({ previous: "Une phrase.", current: null }, "up")).toBeNull();
    expect(moveOriginalBoundary({ previous: "  ", current: "Une phrase." }, "down")).toBeNull();
  });

  it("keeps abbreviations inside one sentence (split with the segmenter, not at every full stop)", () => {
    expect(moveOriginalBoundary({ previous: "A.", current: "Dr. Smith arrived. He sat." }, "up", "en")).toEqual({
      previous: "A. Dr. Smith arrived.",
      current: "He sat.",
    });
  });

  it("joins without a space in languages written without spaces between sentences", () => {
    expect(moveOriginalBoundary({ previous: "我很好。", current: "你呢？他也好。" }, "up", "zh")).toEqual({
      previous: "我很好。你呢？",
      current: "他也好。",
    });
  });
});
