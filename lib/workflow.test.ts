import { describe, expect, it } from "vitest";
import { roles, type Role } from "./article";
import { AppError } from "./errors";
import { allowedTransitions, articleStates, checkTransition, isEditableState, toArticleState, type ArticleState } from "./workflow";

function outcome(role: Role, from: ArticleState, to: ArticleState, reason?: string): string {
  try {
    checkTransition({ role, from, to, reason });
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

// Expected answer of every role for every move, with a reason given.
const expected: Record<string, Record<Role, string>> = {
  "IN_PROGRESS>IN_REVIEW": { ADMIN: "ok", REVIEWER: "ok", EDITOR: "ok", VIEWER: "forbidden" },
  "IN_REVIEW>APPROVED": { ADMIN: "ok", REVIEWER: "ok", EDITOR: "forbidden", VIEWER: "forbidden" },
  "IN_REVIEW>IN_PROGRESS": { ADMIN: "ok", REVIEWER: "ok", EDITOR: "forbidden", VIEWER: "forbidden" },
  "APPROVED>IN_PROGRESS": { ADMIN: "ok", REVIEWER: "ok", EDITOR: "forbidden", VIEWER: "forbidden" },
};

describe("checkTransition", () => {
  for (const from of articleStates) {
    for (const to of articleStates) {
      for (const role of roles) {
        const want = expected[`${from}>${to}`]?.[role] ?? "unprocessable";
        it(`${role}: ${from} → ${to} is ${want}`, () => {
          expect(outcome(role, from, to, "Needs another look")).toBe(want);
        });
      }
    }
  }

  it("requires a reason to send back or reopen, and trims it", () => {
    expect(outcome("REVIEWER", "IN_REVIEW", "IN_PROGRESS")).toBe("bad_request");
    expect(outcome("ADMIN", "APPROVED", "IN_PROGRESS", "   ")).toBe("bad_request");
    expect(checkTransition({ role: "REVIEWER", from: "APPROVED", to: "IN_PROGRESS", reason: "  typo in para 2 " }).reason).toBe("typo in para 2");
  });

  it("needs no reason to submit or approve", () => {
    expect(checkTransition({ role: "EDITOR", from: "IN_PROGRESS", to: "IN_REVIEW" })).toMatchObject({ transition: { action: "SUBMIT" }, reason: null });
    expect(checkTransition({ role: "REVIEWER", from: "IN_REVIEW", to: "APPROVED" }).transition.action).toBe("APPROVE");
  });

  it("refuses an over-long reason", () => {
    expect(outcome("REVIEWER", "IN_REVIEW", "IN_PROGRESS", "x".repeat(2001))).toBe("bad_request");
  });
});

describe("allowedTransitions", () => {
  it("offers each role only its own buttons", () => {
    expect(allowedTransitions("EDITOR", "IN_PROGRESS").map((t) => t.action)).toEqual(["SUBMIT"]);
    expect(allowedTransitions("EDITOR", "IN_REVIEW")).toEqual([]);
    expect(allowedTransitions("REVIEWER", "IN_REVIEW").map((t) => t.action)).toEqual(["APPROVE", "SEND_BACK"]);
    expect(allowedTransitions("ADMIN", "APPROVED").map((t) => t.action)).toEqual(["REOPEN"]);
    expect(allowedTransitions("VIEWER", "IN_PROGRESS")).toEqual([]);
  });
});

describe("editable states", () => {
  it("only an approved article is read-only", () => {
    expect(articleStates.filter(isEditableState)).toEqual(["IN_PROGRESS", "IN_REVIEW"]);
  });

  it("reads unknown stored states as in progress", () => {
    expect(toArticleState("APPROVED")).toBe("APPROVED");
    expect(toArticleState("bogus")).toBe("IN_PROGRESS");
  });
});
