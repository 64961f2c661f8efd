import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { countWords, scoreMqmRaw, wmtAnnotationWeight, wmtDocumentScore, wmtSegmentScore } from "./score";
import type { MqmCategory, MqmSeverity } from "./typology";

const a = (severity: MqmSeverity, category: MqmCategory = "Accuracy/Mistranslation") => ({ category, severity });

describe("MQM 2.0 raw scoring", () => {
  it("sums the penalty points into APT and derives per-word penalty and OQS", () => {
    const score = scoreMqmRaw([a("Minor"), a("Major"), a("Critical"), a("Neutral"), a("Minor", "Style")], 500);
    expect(score.apt).toBe(1 + 5 + 25 + 0 + 1);
    expect(score.perWordPenalty).toBeCloseTo(32 / 500, 12);
    expect(score.oqs).toBeCloseTo(93.6, 12);
    expect(score.pass).toBe(false);
    expect(score.threshold).toBe(95);
    expect(score.counts).toEqual({ Neutral: 1, Minor: 2, Major: 1, Critical: 1 });
  });

  it("passes at the threshold and takes overridden weights", () => {
    expect(scoreMqmRaw([a("Major")], 100)).toMatchObject({ apt: 5, oqs: 95, pass: true });
    expect(scoreMqmRaw([], 10)).toMatchObject({ apt: 0, oqs: 100, pass: true });
    const custom = scoreMqmRaw([a("Major"), a("Critical")], 100, { major: 10, critical: 100, passThreshold: 99 });
    expect(custom).toMatchObject({ apt: 110, oqs: -10, pass: false, threshold: 99 });
  });

  it("rejects a zero word count", () => {
    expect(() => scoreMqmRaw([], 0)).toThrow(AppError);
  });

  it("counts words without punctuation", () => {
    expect(countWords("Putin said, “Hello world.”")).toBe(4);
    expect(countWords("")).toBe(0);
  });
});

describe("Google WMT MQM weights", () => {
  it("weights each annotation as the README says", () => {
    expect(wmtAnnotationWeight(a("Major"))).toBe(5);
    expect(wmtAnnotationWeight(a("Minor"))).toBe(1);
    expect(wmtAnnotationWeight(a("Minor", "Fluency/Punctuation"))).toBe(0.1);
    expect(wmtAnnotationWeight(a("Major", "Fluency/Punctuation"))).toBe(5);
    expect(wmtAnnotationWeight(a("Minor", "Non-translation"))).toBe(25);
    expect(wmtAnnotationWeight(a("Neutral", "Non-translation"))).toBe(25);
    expect(wmtAnnotationWeight(a("Neutral"))).toBe(0);
    expect(wmtAnnotationWeight(a("Critical"))).toBe(25);
    expect(wmtAnnotationWeight(a("Major"), { major: 10 })).toBe(10);
  });

  it("sums per segment and averages per document, clean segments counting 0", () => {
    expect(wmtSegmentScore([a("Major"), a("Minor", "Fluency/Punctuation")])).toBeCloseTo(5.1, 12);
    expect(wmtSegmentScore([])).toBe(0);
    expect(wmtDocumentScore([5.1, 0, 0.9])).toBeCloseTo(2, 12);
    expect(wmtDocumentScore([])).toBe(0);
  });
});
