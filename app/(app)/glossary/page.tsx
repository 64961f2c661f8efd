import type { Metadata } from "next";
import { GlossaryManager } from "@/components/glossary-manager";
import { can } from "@/lib/permissions";
import { requirePage } from "@/server/auth/require-page";
import { listGlossary } from "@/server/glossary/list-glossary";

export const metadata: Metadata = { title: "Glossary" };

export default async function GlossaryPage() {
  const actor = await requirePage("/glossary", "article:read");
  return (
    <div>
      <h1 className="mb-1 text-2xl font-semibold">Glossary</h1>
      <p className="mb-4 text-sm text-stone-600">
        Preferred terms for every article. The glossary check warns when a translation uses a forbidden variant, or misses a term whose original is in the source.
      </p>
      <GlossaryManager initial={await listGlossary()} canEdit={can(actor.role, "sentence:edit")} />
    </div>
  );
}
