"use client";

import { useState } from "react";

/**
 * Signs out through next-auth's own endpoints (a CSRF token, then POST /api/auth/signout), as its
 * `signOut()` does, without loading next-auth's React client on every page.
 */
async function signOut(): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/signin", json: "true" }),
  });
  if (!response.ok) throw new Error(`Sign-out answered ${response.status}`);
}

export function SignOutButton() {
  const [failed, setFailed] = useState(false);
  return (
    <button
      type="button"
      onClick={() =>
        signOut().then(
          () => window.location.assign("/signin"),
          () => setFailed(true),
        )
      }
      className="text-sm text-stone-600 hover:text-stone-900"
    >
      {failed ? "Sign out (failed: try again)" : "Sign out"}
    </button>
  );
}
