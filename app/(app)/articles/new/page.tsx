import type { Metadata } from "next";
import { ImportForm } from "@/components/import-form";
import { requirePage } from "@/server/auth/require-page";

export const metadata: Metadata = { title: "Import an article" };

export default async function NewArticlePage() {
  await requirePage("/articles/new", "article:import");
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-2xl font-semibold">Import an article</h1>
      <ImportForm />
    </div>
  );
}
