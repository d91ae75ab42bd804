// A real SMTP server on a free loopback port for tests (smtp-server + mailparser, through the dev
// catcher without its web page). Point EMAIL_SERVER at `smtpUrl`; `waitFor` resolves when a
// matching message has arrived; `refuse` makes the server reject chosen recipients with a 550.
import { type MailCatcherOptions, startMailCatcher } from "@/scripts/lib/mail-catcher";

export type { CaughtMail, MailCatcher } from "@/scripts/lib/mail-catcher";

export function startSmtpCatcher(opts: Pick<MailCatcherOptions, "refuse"> = {}) {
  return startMailCatcher({ smtpPort: 0, refuse: opts.refuse });
}

/** The first http(s) link in a text part that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const found = text.match(/https?:\/\/\S+/g)?.find((u) => u.startsWith(prefix));
  if (!found) throw new Error(`No link starting with ${prefix} in:\n${text}`);
  return found;
}
