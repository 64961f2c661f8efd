import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { LearnedFixList } from "@/components/effort/learned-fix-list";
import { TmxImportForm } from "@/components/effort/tmx-import-form";
import { can } from "@/lib/permissions";
import { requirePage } from "@/server/auth/require-page";
import { listLearnedFixes } from "@/server/memory/learned-fix-list";
import { memoryQuery, searchMemory } from "@/server/memory/search-memory";

export const metadata: Metadata = { title: "Correction memory" };

export default async function MemoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePage("/memory", "article:read");
  const raw = await searchParams;
  const q = typeof raw.q === "string" ? raw.q : "";
  const parsed = memoryQuery.safeParse({ q });
  const [{ entries, total }, fixes] = await Promise.all([searchMemory(parsed.success ? parsed.data : memoryQuery.parse({})), listLearnedFixes()]);
  const manage = can(actor.role, "memory:manage");

  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Correction memory</h1>
      <p className="mb-4 text-sm text-stone-600">
        Every saved correction, as (MT sentence, correction) pairs per language pair. The workspace offers them when the same or a similar MT comes back.
      </p>

      <section aria-labelledby="fixes-heading" className="mb-6">
        <h2 id="fixes-heading" className="mb-2 text-lg font-semibold">Learned fixes</h2>
        <p className="mb-2 text-sm text-stone-600">Substitutions editors made in 3 or more articles, or that 2 or more editors made, become QA warnings with a one-click fix.</p>
        <LearnedFixList initial={fixes} canPromote={manage} />
      </section>

      <section aria-labelledby="search-heading" className="mb-6">
        <h2 id="search-heading" className="mb-2 text-lg font-semibold">Search</h2>
        <form method="get" className="mb-2 flex gap-2 text-sm" role="search">
          <label className="sr-only" htmlFor="memory-q">Search the memory</label>
          <input id="memory-q" name="q" defaultValue={q} placeholder="Words in the MT or the correction" className="w-80 rounded border border-stone-300 px-2 py-1" />
          <button type="submit" className="rounded bg-stone-900 px-3 py-1 text-white">Search</button>
        </form>
        {!parsed.success && <p role="alert" className="text-sm text-red-700">{parsed.error.issues[0]?.message}</p>}
        <p className="mb-2 text-sm text-stone-600" data-testid="memory-total">{total} {total === 1 ? "pair" : "pairs"}{total > entries.length ? `, the ${entries.length} most recent shown` : ""}</p>
        <table className="w-full bg-white text-sm" aria-label="Memory pairs">
          <thead>
            <tr className="border-b text-left text-stone-600"><th className="p-2">Pair</th><th className="p-2">MT</th><th className="p-2">Correction</th><th className="p-2 text-right">HTER</th><th className="p-2">From</th></tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="border-b border-stone-100" data-testid="memory-entry">
                <td className="p-2">{e.sourceLang}→{e.targetLang}</td>
                <td className="p-2 font-serif" dir="auto">{e.mtText}</td>
                <td className="p-2 font-serif" dir="auto">{e.correction}</td>
                <td className="p-2 text-right tabular-nums">{e.hter.toFixed(2)}</td>
                <td className="p-2">{e.articleId ? <AppLink href={`/articles/${e.articleId}`} className="text-blue-700 underline">article {e.articleId}</AppLink> : e.origin}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="tmx-heading">
        <h2 id="tmx-heading" className="mb-2 text-lg font-semibold">TMX</h2>
        <p className="mb-2 text-sm"><a href="/api/v1/memory/export" download className="text-blue-700 underline">Download the memory as TMX 1.4b</a></p>
        {manage && <TmxImportForm />}
      </section>
    </>
  );
}
