import type { Role } from "./article";

// Who may do what. Every page, action and API route names one of these; nothing checks roles by hand.
const grants = {
  "article:read": ["ADMIN", "REVIEWER", "EDITOR", "VIEWER"],
  "article:export": ["ADMIN", "REVIEWER", "EDITOR", "VIEWER"],
  "article:import": ["ADMIN", "REVIEWER", "EDITOR"],
  "sentence:edit": ["ADMIN", "REVIEWER", "EDITOR"],
  "sentence:confirm": ["ADMIN", "REVIEWER"],
  "token:manage": ["ADMIN", "REVIEWER", "EDITOR", "VIEWER"],
  "user:manage": ["ADMIN"],
  // Effort figures of everyone (editors see their own); TMX import and promoting learned fixes.
  "effort:read-all": ["ADMIN", "REVIEWER"],
  "memory:manage": ["ADMIN", "REVIEWER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof grants;

export function can(role: Role, permission: Permission): boolean {
  return (grants[permission] as readonly Role[]).includes(role);
}
