import "server-only";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parsePlainText } from "@/lib/import/text";
import { loadActor } from "@/server/auth/actor";
import { hashPassword } from "@/server/auth/password";
import { importDocument } from "@/server/articles/import-article";
import { db } from "@/server/db";

export const demoArticlePath = path.join(process.cwd(), "prisma", "demo", "sco-taliban-mt.txt");
export const demoAdminEmail = "admin@redline.local";

/**
 * On an empty database: an admin with a random password, and the demo article (an MT of a French
 * report on the SCO summit). Returns the admin's credentials, or null when there were users already.
 */
export async function seedIfEmpty(): Promise<{ email: string; password: string } | null> {
  if ((await db.user.count()) > 0) return null;
  const password = randomBytes(12).toString("base64url");
  const admin = await db.user.create({
    data: { email: demoAdminEmail, name: "Admin", role: "ADMIN", passwordHash: await hashPassword(password) },
  });
  const actor = await loadActor(admin.id);
  if (!actor) throw new Error("The admin just created could not be loaded.");
  const text = await readFile(demoArticlePath, "utf8");
  await importDocument({ actor, doc: parsePlainText(text, { titleFromFirstLine: true }), sourceLang: "fr", targetLang: "en" });
  return { email: demoAdminEmail, password };
}
