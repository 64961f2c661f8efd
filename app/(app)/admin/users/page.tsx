import type { Metadata } from "next";
import { UsersManager } from "@/components/users-manager";
import { requirePage } from "@/server/auth/require-page";
import { listUsers } from "@/server/users/manage-users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePage("/admin/users", "user:manage");
  return (
    <div className="max-w-5xl">
      <h1 className="mb-4 text-2xl font-semibold">Users</h1>
      <UsersManager initial={await listUsers()} selfId={actor.id} />
    </div>
  );
}
