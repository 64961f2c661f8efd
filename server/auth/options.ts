import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { safeCallbackPath } from "@/lib/safe-callback";
import { db } from "@/server/db";
import { endSessions } from "./end-sessions";
import { hashPassword, verifyPassword } from "./password";
import { clearAccountFailures, clientAddress, recordFailure, throttledMessage, throttleKeys } from "./sign-in-throttle";

const credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1000),
});

// An unknown email is checked against this hash, so it costs the same work as a known one.
let dummyHash: Promise<string> | null = null;
const unknownUserHash = () => (dummyHash ??= hashPassword(`no such user ${Math.random()}`));

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(input, request) {
        const parsed = credentials.safeParse(input);
        if (!parsed.success) return null;
        const keys = throttleKeys(parsed.data.email, clientAddress(request?.headers));
        // Thrown messages reach the sign-in form (next-auth passes them on as the error).
        const blocked = await throttledMessage(keys);
        if (blocked) throw new Error(blocked);
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          omit: { passwordHash: false },
        });
        const matches = await verifyPassword(user?.passwordHash ?? (await unknownUserHash()), parsed.data.password);
        if (!user || user.disabled || !matches) {
          await recordFailure(keys);
          return null;
        }
        await clearAccountFailures(user.email);
        return { id: String(user.id), email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = token.sv ?? 0;
      return session;
    },
    // Only this site: next-auth's own redirects go through the same check as the sign-in page.
    redirect({ url, baseUrl }) {
      if (url.startsWith(baseUrl)) return `${baseUrl}${safeCallbackPath(url.slice(baseUrl.length) || "/")}`;
      return `${baseUrl}${safeCallbackPath(url)}`;
    },
  },
  events: {
    // Signing out ends the session for good (and the account's other sessions with it).
    async signOut({ token }) {
      const userId = Number(token?.sub);
      if (Number.isInteger(userId)) await endSessions(userId);
    },
  },
};
