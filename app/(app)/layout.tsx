import { AppLink } from "@/components/app-link";
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
          article page). Links between pages are AppLinks, which do not prefetch. */}
      <Suspense fallback={null}>
        <header className="border-b border-stone-200 bg-white">
          <nav className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-2 text-sm" aria-label="Main">
            <AppLink href="/" className="text-lg font-semibold tracking-tight text-red-700">
              Redline
            </AppLink>
            <AppLink href="/" className="hover:underline">Articles</AppLink>
            <AppLink href="/my-work" className="hover:underline">My work</AppLink>
            <AppLink href="/quality" className="hover:underline">Quality</AppLink>
            <AppLink href="/glossary" className="hover:underline">Glossary</AppLink>
            <AppLink href="/memory" className="hover:underline">Memory</AppLink>
            {can(actor.role, "sentence:edit") && <AppLink href="/effort" className="hover:underline">Effort</AppLink>}
            {can(actor.role, "article:import") && <AppLink href="/articles/new" className="hover:underline">Import</AppLink>}
            <AppLink href="/settings/tokens" className="hover:underline">API tokens</AppLink>
            {can(actor.role, "user:manage") && <AppLink href="/admin/users" className="hover:underline">Users</AppLink>}
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
