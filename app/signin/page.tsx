import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { safeCallbackPath } from "@/lib/safe-callback";
import { actorFromSession } from "@/server/auth/current-actor";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await actorFromSession()) redirect(callbackUrl);
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-stone-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-2xl font-semibold">Redline</h1>
      <p className="mb-6 text-sm text-stone-600">Sign in to review machine-translated articles.</p>
      <SignInForm callbackUrl={callbackUrl} />
    </main>
  );
}
