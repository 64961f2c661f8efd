"use client";

import { useState } from "react";
import { roles, type Role } from "@/lib/article";
import { callApi } from "./api-client";

export interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  signInBlockedUntil?: string | null;
}

export function UsersManager({ initial, selfId }: { initial: UserRow[]; selfId: number }) {
  const [users, setUsers] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  async function create(form: FormData) {
    setError(null);
    const body = {
      email: String(form.get("email") ?? ""),
      name: String(form.get("name") ?? "") || undefined,
      password: String(form.get("password") ?? ""),
      role: String(form.get("role") ?? "EDITOR"),
    };
    const result = await callApi<UserRow>("/api/v1/users", { method: "POST", body });
    if (!result.ok) return setError(result.error.message);
    setUsers((list) => [...list, result.data]);
  }

  async function update(id: number, change: Partial<Pick<UserRow, "role" | "disabled">>) {
    setError(null);
    const result = await callApi<UserRow>(`/api/v1/users/${id}`, { method: "PATCH", body: change });
    if (!result.ok) return setError(result.error.message);
    setUsers((list) => list.map((u) => (u.id === id ? result.data : u)));
  }

  async function unlock(id: number) {
    setError(null);
    const result = await callApi<UserRow>(`/api/v1/users/${id}/unlock`, { method: "POST", body: {} });
    if (!result.ok) return setError(result.error.message);
    setUsers((list) => list.map((u) => (u.id === id ? result.data : u)));
  }

  return (
    <div className="space-y-6">
      <form action={create} className="grid gap-2 rounded bg-white p-3 shadow-sm sm:grid-cols-5">
        <input name="email" type="email" required placeholder="Email" aria-label="Email" className="rounded border border-stone-300 px-2 py-1" />
        <input name="name" placeholder="Name" aria-label="Name" className="rounded border border-stone-300 px-2 py-1" />
        <input name="password" type="password" required minLength={10} placeholder="Password (10+ characters)" aria-label="Password" className="rounded border border-stone-300 px-2 py-1" />
        <select name="role" defaultValue="EDITOR" aria-label="Role" className="rounded border border-stone-300 px-2 py-1">
          {roles.map((role) => <option key={role} value={role}>{role.toLowerCase()}</option>)}
        </select>
        <button type="submit" className="rounded bg-stone-900 px-3 py-1 text-white">Add user</button>
      </form>
      <p role="alert" aria-live="polite" className="text-sm text-red-700">{error}</p>
      <table className="w-full bg-white text-sm">
        <thead>
          <tr className="border-b text-left text-stone-600"><th className="p-2">Name</th><th className="p-2">Email</th><th className="p-2">Role</th><th className="p-2">Access</th></tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-stone-100">
              <td className="p-2">{user.name}{user.id === selfId && " (you)"}</td>
              <td className="p-2">{user.email}</td>
              <td className="p-2">
                <select value={user.role} aria-label={`Role of ${user.email}`} onChange={(e) => update(user.id, { role: e.target.value as Role })} className="rounded border border-stone-300 px-2 py-1">
                  {roles.map((role) => <option key={role} value={role}>{role.toLowerCase()}</option>)}
                </select>
              </td>
              <td className="p-2">
                <button type="button" onClick={() => update(user.id, { disabled: !user.disabled })} className="underline">
                  {user.disabled ? "Enable" : "Disable"}
                </button>
                {user.disabled && <span className="ml-2 text-stone-500">disabled</span>}
                {user.signInBlockedUntil && (
                  <button type="button" onClick={() => unlock(user.id)} className="ml-2 underline">
                    Unlock sign-in
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
