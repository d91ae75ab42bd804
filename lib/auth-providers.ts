// Ways to sign in that this server offers (lib/auth.ts registers them with Auth.js; the sign-in
// page shows them). Separate from lib/auth.ts so it can be read and tested without Next's runtime.
import fs from "node:fs";
import path from "node:path";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { z } from "zod";
import { db } from "./db";
import { sendMail } from "./email/send-mail";
import { signInLinkEmail } from "./email/templates/sign-in-link";
import { env, type Env } from "./env";
import { log } from "./log";

export const DEV_LOGIN_PROVIDER = "dev";
export const EMAIL_PROVIDER = "email";

const LINK_MAX_AGE_SECONDS = 15 * 60;

/** Sign-in links through the app's one mailer (lib/email), with its text + HTML template. */
function mailedMagicLink(): Provider {
  return {
    id: EMAIL_PROVIDER,
    type: "email",
    name: "Email link",
    from: env().EMAIL_FROM,
    maxAge: LINK_MAX_AGE_SECONDS,
    async sendVerificationRequest({ identifier, url }) {
      const mail = signInLinkEmail({ url, host: new URL(url).host, expiresInMinutes: LINK_MAX_AGE_SECONDS / 60 });
      await sendMail({ ...mail, to: identifier });
    },
  };
}

/** Without SMTP the link goes to the log and to .data/auth-links.log, so local sign-in still works. */
function loggedMagicLink(): Provider {
  return {
    id: EMAIL_PROVIDER,
    type: "email",
    name: "Email link",
    from: env().EMAIL_FROM,
    maxAge: LINK_MAX_AGE_SECONDS,
    async sendVerificationRequest({ identifier, url }) {
      const file = path.resolve(env().DATA_DIR, "auth-links.log");
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.appendFileSync(file, `${new Date().toISOString()} ${identifier} ${url}\n`);
      log.info("sign-in link (no EMAIL_SERVER configured, so it is logged instead of sent)", { email: identifier, url });
    },
  };
}

export function devLoginEnabled(e: Env = env()): boolean {
  return e.AUTH_DEV_LOGIN && e.NODE_ENV !== "production";
}

export function providers(e: Env = env()): Provider[] {
  const list: Provider[] = [];
  if (e.AUTH_GITHUB_ID) list.push(GitHub({ clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET }));
  if (e.AUTH_GOOGLE_ID) list.push(Google({ clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET }));
  // a sign-in link is a password: in production it is only ever sent by mail, never logged
  // (`npm run dev` sets EMAIL_SERVER to its local catcher, so only a bare `next dev` or the e2e server logs it)
  if (e.EMAIL_SERVER) list.push(mailedMagicLink());
  else if (e.NODE_ENV !== "production") list.push(loggedMagicLink());
  if (devLoginEnabled(e)) {
    list.push(
      Credentials({
        id: DEV_LOGIN_PROVIDER,
        name: "Development login",
        credentials: { email: { label: "Email", type: "email" } },
        async authorize(credentials) {
          const parsed = z.email().safeParse(
            String(credentials?.email ?? "")
              .trim()
              .toLowerCase(),
          );
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
export function configuredProviders(e: Env = env()) {
  return {
    github: Boolean(e.AUTH_GITHUB_ID),
    google: Boolean(e.AUTH_GOOGLE_ID),
    email: Boolean(e.EMAIL_SERVER) || e.NODE_ENV !== "production",
    emailLogged: !e.EMAIL_SERVER,
    dev: devLoginEnabled(e),
  };
}
