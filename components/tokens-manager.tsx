"use client";

import { useState } from "react";
import type { TokenView } from "@/lib/api-types";
import { contract } from "@/lib/api/contract";
import { api } from "./api";
import { RelativeTime } from "./relative-time";

export type TokenRow = TokenView;

function When({ iso }: { iso: string | null }) {
  return iso ? <RelativeTime iso={iso} /> : <>never</>;
}

export function TokensManager({ initial }: { initial: TokenRow[] }) {
  const [tokens, setTokens] = useState(initial);
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function create(form: FormData) {
    setError(null);
    const result = await api(contract.createToken, { body: { name: String(form.get("name") ?? "") } });
    if (!result.ok) return setError(result.error.message);
    const { token, ...row } = result.data;
    setCreated(token);
    setTokens((list) => [row, ...list]);
  }

  async function revoke(id: number) {
    const result = await api(contract.revokeToken, { params: { id } });
    if (!result.ok) return setError(result.error.message);
    setTokens((list) => list.map((t) => (t.id === id ? { ...t, revokedAt: new Date().toISOString() } : t)));
  }

  return (
    <div className="space-y-6">
      <form action={create} className="flex items-end gap-2">
        <label className="block flex-1">
          <span className="text-sm font-medium">Token name</span>
          <input name="name" required maxLength={100} placeholder="e.g. CMS import script" className="mt-1 w-full rounded border border-stone-300 px-3 py-2" />
        </label>
        <button type="submit" className="rounded bg-stone-900 px-4 py-2 text-white">Create token</button>
      </form>
      <p role="alert" aria-live="polite" className="text-sm text-red-700">{error}</p>
      {created && (
        <div className="rounded border border-green-300 bg-green-50 p-3 text-sm" data-testid="new-token">
          <p className="font-medium">Copy this token now: it will not be shown again.</p>
          <code className="mt-1 block break-all font-mono">{created}</code>
        </div>
      )}
      <table className="w-full bg-white text-sm">
        <thead>
          <tr className="border-b text-left text-stone-600">
            <th className="p-2">Name</th><th className="p-2">Token</th><th className="p-2">Created</th><th className="p-2">Last used</th><th className="p-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className="border-b border-stone-100">
              <td className="p-2">{token.name}</td>
              <td className="p-2 font-mono">{token.prefix}…</td>
              <td className="p-2"><When iso={token.createdAt} /></td>
              <td className="p-2"><When iso={token.lastUsedAt} /></td>
              <td className="p-2 text-right">
                {token.revokedAt ? (
                  <span className="text-stone-600">revoked</span>
                ) : (
                  <button type="button" onClick={() => revoke(token.id)} className="text-red-700 underline">Revoke</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
