import "server-only";
import { z } from "zod";
import { roles, type Role } from "@/lib/article";
import { AppError } from "@/lib/errors";
import { invalidateActor } from "@/server/auth/actor";
import { endSessions } from "@/server/auth/end-sessions";
import { hashPassword } from "@/server/auth/password";
import { clearAccountFailures, lockedAccounts } from "@/server/auth/sign-in-throttle";
import { db } from "@/server/db";

export const createUserBody = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(320),
  name: z.string().trim().max(100).optional(),
  password: z.string().min(10, "Use a password of at least 10 characters.").max(200),
  role: z.enum(roles),
});

export const updateUserBody = z.object({
  role: z.enum(roles).optional(),
  disabled: z.boolean().optional(),
});

export interface UserView {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  /** Until when sign-in is blocked after failed attempts (an admin can unlock), or null. */
  signInBlockedUntil?: string | null;
}

function toView(row: { id: number; email: string; name: string; role: string; disabled: boolean; createdAt: Date }, blockedUntil?: Date | null): UserView {
  const view: UserView = { id: row.id, email: row.email, name: row.name, role: row.role as Role, disabled: row.disabled, createdAt: row.createdAt.toISOString() };
  if (blockedUntil !== undefined) view.signInBlockedUntil = blockedUntil?.toISOString() ?? null;
  return view;
}

export async function listUsers(): Promise<UserView[]> {
  const users = await db.user.findMany({ orderBy: { id: "asc" } });
  const blocked = await lockedAccounts();
  return users.map((user) => toView(user, blocked.get(user.email.toLowerCase()) ?? null));
}

/** Lets a user whose sign-in is blocked after failed attempts try again at once. */
export async function unlockSignIn(userId: number): Promise<UserView> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("not_found", `No user with id ${userId}.`);
  await clearAccountFailures(user.email);
  return toView(user, null);
}

export async function createUser(input: z.infer<typeof createUserBody>): Promise<UserView> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError("conflict", `A user with the email ${input.email} exists already.`);
  const user = await db.user.create({
    data: {
      email: input.email,
      name: input.name || input.email.split("@")[0],
      role: input.role,
      passwordHash: await hashPassword(input.password),
    },
  });
  return toView(user);
}

/** Changes a user's role or disables them; the last enabled admin cannot be demoted or disabled. */
export async function updateUser(userId: number, change: z.infer<typeof updateUserBody>): Promise<UserView> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("not_found", `No user with id ${userId}.`);
  const losesAdmin = user.role === "ADMIN" && !user.disabled && ((change.role && change.role !== "ADMIN") || change.disabled);
  if (losesAdmin) {
    const admins = await db.user.count({ where: { role: "ADMIN", disabled: false } });
    if (admins <= 1) throw new AppError("unprocessable", "This is the last enabled admin: make someone else admin first.");
  }
  const updated = await db.user.update({ where: { id: userId }, data: change });
  invalidateActor(userId);
  // Disabling signs the user out everywhere at once.
  if (change.disabled) await endSessions(userId);
  return toView(updated);
}
