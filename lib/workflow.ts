// Review workflow of an article: which state it is in and who may move it where. Pure: no Next, no Prisma.
import type { Role } from "./article";
import { AppError } from "./errors";

export const articleStates = ["IN_PROGRESS", "IN_REVIEW", "APPROVED"] as const;
export type ArticleState = (typeof articleStates)[number];

export const stateLabels: Record<ArticleState, string> = {
  IN_PROGRESS: "In progress",
  IN_REVIEW: "In review",
  APPROVED: "Approved",
};

export type TransitionAction = "SUBMIT" | "APPROVE" | "SEND_BACK" | "REOPEN";

export interface Transition {
  action: TransitionAction;
  from: ArticleState;
  to: ArticleState;
  /** Roles that may make this move. */
  roles: readonly Role[];
  /** Moving back needs a reason, so the editor knows what to fix. */
  needsReason: boolean;
  /** Button label. */
  label: string;
}

/** Every allowed move. Reviewers may also submit: they may edit, like editors. Admins may do anything. */
export const transitions: readonly Transition[] = [
  { action: "SUBMIT", from: "IN_PROGRESS", to: "IN_REVIEW", roles: ["ADMIN", "REVIEWER", "EDITOR"], needsReason: false, label: "Submit for review" },
  { action: "APPROVE", from: "IN_REVIEW", to: "APPROVED", roles: ["ADMIN", "REVIEWER"], needsReason: false, label: "Approve" },
  { action: "SEND_BACK", from: "IN_REVIEW", to: "IN_PROGRESS", roles: ["ADMIN", "REVIEWER"], needsReason: true, label: "Send back" },
  { action: "REOPEN", from: "APPROVED", to: "IN_PROGRESS", roles: ["ADMIN", "REVIEWER"], needsReason: true, label: "Reopen" },
];

export const maxReasonLength = 2000;

export function isArticleState(value: string): value is ArticleState {
  return (articleStates as readonly string[]).includes(value);
}

/** The state as stored; anything unknown reads as in progress (the schema default). */
export function toArticleState(value: string): ArticleState {
  return isArticleState(value) ? value : "IN_PROGRESS";
}

export function findTransition(from: ArticleState, to: ArticleState): Transition | null {
  return transitions.find((t) => t.from === from && t.to === to) ?? null;
}

/** The moves `role` may make from `state`, in button order. */
export function allowedTransitions(role: Role, state: ArticleState): Transition[] {
  return transitions.filter((t) => t.from === state && t.roles.includes(role));
}

/** Whether the article's sentences may change: approved articles are read-only until reopened. */
export function isEditableState(state: ArticleState): boolean {
  return state !== "APPROVED";
}

export const approvedReadOnlyMessage = "This article is approved: reopen it to edit.";

/**
 * Checks a move from the article's current state; returns the transition and the trimmed reason.
 * 422 for a move that does not exist, 403 for a role that may not make it, 400 for a missing reason.
 */
export function checkTransition(input: { role: Role; from: ArticleState; to: ArticleState; reason?: string | null }): {
  transition: Transition;
  reason: string | null;
} {
  const transition = findTransition(input.from, input.to);
  if (!transition) {
    throw new AppError("unprocessable", `An article ${stateLabels[input.from].toLowerCase()} cannot move to ${stateLabels[input.to].toLowerCase()}.`);
  }
  if (!transition.roles.includes(input.role)) {
    throw new AppError("forbidden", `Your role (${input.role.toLowerCase()}) may not ${transition.label.toLowerCase()} an article.`);
  }
  const reason = input.reason?.trim() || null;
  if (transition.needsReason && !reason) {
    throw new AppError("bad_request", `Say why (a reason is required to ${transition.label.toLowerCase()}).`);
  }
  if (reason && reason.length > maxReasonLength) {
    throw new AppError("bad_request", `The reason is longer than ${maxReasonLength} characters.`);
  }
  return { transition, reason };
}
