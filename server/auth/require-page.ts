import "server-only";
import { redirect } from "next/navigation";
import { can, type Permission } from "@/lib/permissions";
import type { Actor } from "./actor";
import { actorFromSession } from "./current-actor";

/** For pages: the signed-in actor with `permission`; otherwise a redirect to sign-in or to /forbidden. */
export async function requirePage(path: string, permission: Permission): Promise<Actor> {
  const actor = await actorFromSession();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  if (!can(actor.role, permission)) redirect("/forbidden");
  return actor;
}
