import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { mqmAnnotationInputSchema, parseAnnotationInput } from "./annotation-input";
import { categoryDimension, mqmCategories } from "./typology";

describe("MQM typology", () => {
  it("lists the core categories", () => {
    expect(mqmCategories).toHaveLength(15);
    expect(categoryDimension("Accuracy/Omission")).toBe("Accuracy");
    expect(categoryDimension("Terminology")).toBe("Terminology");
  });

  it("validates an annotation input", () => {
    const ok = { target: "text", start: 2, end: 5, category: "Fluency/Spelling", severity: "Minor", comment: " typo " };
    expect(parseAnnotationInput(ok, { source: 3, text: 10 })).toEqual({ ...ok, comment: "typo" });
    expect(mqmAnnotationInputSchema.safeParse({ ...ok, start: 5, end: 5 }).success).toBe(false);
    expect(mqmAnnotationInputSchema.safeParse({ ...ok, start: -1 }).success).toBe(false);
    expect(mqmAnnotationInputSchema.safeParse({ ...ok, category: "Fluency" }).success).toBe(false);
    expect(mqmAnnotationInputSchema.safeParse({ ...ok, severity: "Trivial" }).success).toBe(false);
    expect(mqmAnnotationInputSchema.safeParse({ ...ok, comment: undefined }).success).toBe(true);
  });

  it("checks the span against the length of the text it targets", () => {
    const input = { target: "source", start: 2, end: 5, category: "Other", severity: "Major" };
    expect(() => parseAnnotationInput(input, { source: 4, text: 10 })).toThrow(/outside the text \(length 4\)/);
    expect(parseAnnotationInput(input, { source: 5, text: 0 }).end).toBe(5);
    try {
      parseAnnotationInput({ ...input, end: 1 }, { source: 5, text: 5 });
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect(e instanceof AppError && e.code).toBe("unprocessable");
    }
  });
});
