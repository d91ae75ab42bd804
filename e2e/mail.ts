// The suite's mail: scripts/e2e-server.ts points the app's EMAIL_SERVER at E2E_PORT + 6, where the
// run's one catcher (scripts/e2e-mail-catcher.ts, a Playwright web server) keeps every message; a
// spec waits for its own mail, by recipient, through the catcher's JSON list on E2E_PORT + 5.
import { expect } from "@playwright/test";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_MAIL_URL = `http://127.0.0.1:${E2E_PORT + 5}`;

export interface E2eMail {
  id: number;
  envelopeTo: string[];
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** The first mail delivered to `address` (and matching `match`), once it has arrived. */
export async function waitForMail(address: string, match: (m: E2eMail) => boolean = () => true): Promise<E2eMail> {
  let found: E2eMail | undefined;
  await expect
    .poll(
      async () => {
        const all = (await (await fetch(`${E2E_MAIL_URL}/messages.json`)).json()) as E2eMail[];
        found = all.find((m) => m.envelopeTo.includes(address.toLowerCase()) && match(m));
        return found !== undefined;
      },
      { message: `a mail to ${address}`, timeout: 30_000 },
    )
    .toBe(true);
  return found!;
}

/** The first http(s) link in a mail's text that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const found = text.match(/https?:\/\/\S+/g)?.find((u) => u.startsWith(prefix));
  if (!found) throw new Error(`No link starting with ${prefix} in:\n${text}`);
  return found;
}
