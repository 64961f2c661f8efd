import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { actorFromSession } from "@/server/auth/current-actor";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths: a callback URL must not send the user elsewhere. */
function safeCallback(value: string | string[] | undefined): string {
  const path = typeof value === "string" ? value : "/";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallback((await searchParams).callbackUrl);
  if (await actorFromSession()) redirect(callbackUrl);
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-stone-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-2xl font-semibold">Redline</h1>
      <p className="mb-6 text-sm text-stone-600">Sign in to review machine-translated articles.</p>
      <SignInForm callbackUrl={callbackUrl} />
    </main>
  );
}
