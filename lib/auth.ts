// Auth.js (next-auth 5) configuration: GitHub and Google when configured, an email magic link
// (sent over SMTP when EMAIL_SERVER is set, otherwise written to the server log and .data/), and a
// development login that only exists with AUTH_DEV_LOGIN=1 outside production. JWT sessions
// (docs/decisions/003-auth.md).
import fs from "node:fs";
import path from "node:path";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import Nodemailer from "next-auth/providers/nodemailer";
import { z } from "zod";
import { db } from "./db";
import { env } from "./env";
import { log } from "./log";

export const DEV_LOGIN_PROVIDER = "dev";
export const EMAIL_PROVIDER = "email";

/** Without SMTP the link goes to the log and to .data/auth-links.log, so local sign-in still works. */
function loggedMagicLink(): Provider {
  return {
    id: EMAIL_PROVIDER,
    type: "email",
    name: "Email link",
    from: env().EMAIL_FROM,
    maxAge: 15 * 60,
    async sendVerificationRequest({ identifier, url }) {
      const file = path.resolve(env().DATA_DIR, "auth-links.log");
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.appendFileSync(file, `${new Date().toISOString()} ${identifier} ${url}\n`);
      log.info("sign-in link (no EMAIL_SERVER configured, so it is logged instead of sent)", { email: identifier, url });
    },
  };
}

export function devLoginEnabled(): boolean {
  const e = env();
  return e.AUTH_DEV_LOGIN && e.NODE_ENV !== "production";
}

function providers(): Provider[] {
  const e = env();
  const list: Provider[] = [];
  if (e.AUTH_GITHUB_ID) list.push(GitHub({ clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET }));
  if (e.AUTH_GOOGLE_ID) list.push(Google({ clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET }));
  list.push(e.EMAIL_SERVER ? Nodemailer({ id: EMAIL_PROVIDER, server: e.EMAIL_SERVER, from: e.EMAIL_FROM }) : loggedMagicLink());
  if (devLoginEnabled()) {
    list.push(
      Credentials({
        id: DEV_LOGIN_PROVIDER,
        name: "Development login",
        credentials: { email: { label: "Email", type: "email" } },
        async authorize(credentials) {
          const parsed = z.email().safeParse(String(credentials?.email ?? "").trim().toLowerCase());
          if (!parsed.success) return null;
          const email = parsed.data;
          return db.user.upsert({ where: { email }, update: {}, create: { email, name: email.split("@")[0], emailVerified: new Date() } });
        },
      }),
    );
  }
  return list;
}

/** Names and ids of the configured providers, for the sign-in page. */
export function configuredProviders() {
  const e = env();
  return {
    github: Boolean(e.AUTH_GITHUB_ID),
    google: Boolean(e.AUTH_GOOGLE_ID),
    email: true,
    emailLogged: !e.EMAIL_SERVER,
    dev: devLoginEnabled(),
  };
}

const config = (): NextAuthConfig => ({
  adapter: PrismaAdapter(db),
  secret: env().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 86_400 },
  providers: providers(),
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
  logger: {
    error: (error) => log.error("auth error", { error }),
    warn: (code) => log.warn("auth warning", { code }),
  },
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});

export const { handlers, auth, signIn, signOut } = NextAuth(config);
