import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/sign-out-button";
import { can } from "@/lib/permissions";
import { requirePage } from "@/server/auth/require-page";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePage("/", "article:read");
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <nav className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3 text-sm" aria-label="Main">
          <Link href="/" className="text-lg font-semibold tracking-tight text-red-700">
            Redline
          </Link>
          <Link href="/" className="hover:underline">Articles</Link>
          <Link href="/my-work" className="hover:underline">My work</Link>
          <Link href="/quality" className="hover:underline">Quality</Link>
          <Link href="/glossary" className="hover:underline">Glossary</Link>
          <Link href="/memory" className="hover:underline">Memory</Link>
          {can(actor.role, "sentence:edit") && <Link href="/effort" className="hover:underline">Effort</Link>}
          {can(actor.role, "article:import") && <Link href="/articles/new" className="hover:underline">Import</Link>}
          <Link href="/settings/tokens" className="hover:underline">API tokens</Link>
          {can(actor.role, "user:manage") && <Link href="/admin/users" className="hover:underline">Users</Link>}
          <span className="ml-auto text-stone-600" data-testid="who">
            {actor.name} · {actor.role.toLowerCase()}
          </span>
          <SignOutButton />
        </nav>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </>
  );
}
