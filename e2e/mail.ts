// The suite's mail: scripts/e2e-server.ts points the app's EMAIL_SERVER at E2E_PORT + 6, and a spec
// that reads mail listens there with a real SMTP server (the tests' catcher). One spec file at a
// time may hold the port, so such a spec runs its tests serially and closes the catcher afterwards.
import { type MailCatcher, startMailCatcher } from "../scripts/lib/mail-catcher";

export const E2E_SMTP_PORT = Number(process.env.E2E_PORT ?? 3100) + 6;

export function startE2eMailCatcher(): Promise<MailCatcher> {
  return startMailCatcher({ smtpPort: E2E_SMTP_PORT });
}

/** The first http(s) link in a mail's text that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const found = text.match(/https?:\/\/\S+/g)?.find((u) => u.startsWith(prefix));
  if (!found) throw new Error(`No link starting with ${prefix} in:\n${text}`);
  return found;
}
