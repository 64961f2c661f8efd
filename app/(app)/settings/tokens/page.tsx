import type { Metadata } from "next";
import { TokensManager } from "@/components/tokens-manager";
import { requirePage } from "@/server/auth/require-page";
import { listTokens } from "@/server/tokens/manage-tokens";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const actor = await requirePage("/settings/tokens", "token:manage");
  return (
    <div className="max-w-3xl">
      <h1 className="mb-1 text-2xl font-semibold">API tokens</h1>
      <p className="mb-4 text-sm text-stone-600">
        Send a token as <code>Authorization: Bearer &lt;token&gt;</code> to use the REST API with your role. Tokens are stored hashed.
      </p>
      <TokensManager initial={await listTokens(actor.id)} />
    </div>
  );
}
