import "server-only";
import { z } from "zod";
import { roles, type Role } from "@/lib/article";
import { AppError } from "@/lib/errors";
import { invalidateActor } from "@/server/auth/actor";
import { hashPassword } from "@/server/auth/password";
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
}

function toView(row: { id: number; email: string; name: string; role: string; disabled: boolean; createdAt: Date }): UserView {
  return { ...row, role: row.role as Role, createdAt: row.createdAt.toISOString() };
}

export async function listUsers(): Promise<UserView[]> {
  return (await db.user.findMany({ orderBy: { id: "asc" } })).map(toView);
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
  return toView(updated);
}
