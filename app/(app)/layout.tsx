import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { SignOutButton } from "@/components/sign-out-button";
import { can } from "@/lib/permissions";
import { requirePage } from "@/server/auth/require-page";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePage("/", "article:read");
  return (
    <>
      <a href="#main" className="sr-only rounded bg-blue-700 px-3 py-2 text-white focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50">
        Skip to main content
      </a>
      {/* A Suspense boundary, hydrated after the page's content, so that content is interactive first (see the
          article page). Links never prefetch (prefetch={false}, here and on every page): each page is rendered
          per request, so prefetching the links in view cost a server render per link (11 here) on every visit. */}
      <Suspense fallback={null}>
        <header className="border-b border-stone-200 bg-white">
          <nav className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-2 text-sm" aria-label="Main">
            <Link prefetch={false} href="/" className="text-lg font-semibold tracking-tight text-red-700">
              Redline
            </Link>
            <Link prefetch={false} href="/" className="hover:underline">Articles</Link>
            <Link prefetch={false} href="/my-work" className="hover:underline">My work</Link>
            <Link prefetch={false} href="/quality" className="hover:underline">Quality</Link>
            <Link prefetch={false} href="/glossary" className="hover:underline">Glossary</Link>
            <Link prefetch={false} href="/memory" className="hover:underline">Memory</Link>
            {can(actor.role, "sentence:edit") && <Link prefetch={false} href="/effort" className="hover:underline">Effort</Link>}
            {can(actor.role, "article:import") && <Link prefetch={false} href="/articles/new" className="hover:underline">Import</Link>}
            <Link prefetch={false} href="/settings/tokens" className="hover:underline">API tokens</Link>
            {can(actor.role, "user:manage") && <Link prefetch={false} href="/admin/users" className="hover:underline">Users</Link>}
            <span className="ml-auto text-stone-700" data-testid="who">
              {actor.name} · {actor.role.toLowerCase()}
            </span>
            <SignOutButton />
          </nav>
        </header>
      </Suspense>
      <main id="main" tabIndex={-1} className="mx-auto max-w-screen-2xl px-2 py-2 outline-none sm:px-4">{children}</main>
    </>
  );
}
