// Auth.js (next-auth 5) configuration: GitHub and Google when configured, an email magic link
// (sent through lib/email's mailer when EMAIL_SERVER is set — `npm run dev` points it at its local
// catcher — otherwise, outside production only, written to the server log and .data/), and a
// development login that only exists with AUTH_DEV_LOGIN=1 outside production. JWT sessions that
// name a revocable server-side record (lib/account/web-sessions.ts; docs/decisions/013-revocable-web-sessions.md).
import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import { endWebSession, openWebSession, WEB_SESSION_MAX_AGE_SECONDS } from "./account/web-sessions";
import { db } from "./db";
import { providers } from "./auth-providers";
import { env } from "./env";
import { log } from "./log";

/** The signing-in browser, for the account page's list (absent outside a request). */
async function requestUserAgent(): Promise<string | null> {
  try {
    const { headers } = await import("next/headers");
    return (await headers()).get("user-agent");
  } catch {
    return null;
  }
}
export { configuredProviders, DEV_LOGIN_PROVIDER, devLoginEnabled, EMAIL_PROVIDER } from "./auth-providers";

const config = (): NextAuthConfig => ({
  adapter: PrismaAdapter(db),
  secret: env().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: WEB_SESSION_MAX_AGE_SECONDS },
  providers: providers(),
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
  logger: {
    error: (error) => log.error("auth error", { error }),
    warn: (code) => log.warn("auth warning", { code }),
  },
  callbacks: {
    // at sign-in the cookie gets the id of a new server-side session record; every later request
    // checks that record (getSignedInUser, resolvePrincipal), so signing out is immediate
    async jwt({ token, user, trigger }) {
      if ((trigger === "signIn" || trigger === "signUp") && user?.id)
        token.sid = await openWebSession({ userId: user.id, userAgent: await requestUserAgent() });
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      (session as { sid?: unknown }).sid = token.sid;
      return session;
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message && message.token) await endWebSession(message.token.sid);
    },
  },
});

export const { handlers, auth, signIn, signOut } = NextAuth(config);
