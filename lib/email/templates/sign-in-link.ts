// The Auth.js email sign-in link (lib/auth-providers.ts).
import { renderEmail } from "../render";

export function signInLinkEmail(input: { url: string; host: string; expiresInMinutes: number }) {
  return renderEmail({
    subject: `Sign in to UserTests (${input.host})`,
    lead: `Someone asked to sign in to UserTests at ${input.host} with this email address.`,
    action: { label: "Sign in", url: input.url },
    notes: [`The link works once and expires in ${input.expiresInMinutes} minutes.`],
    reason:
      "You received this because a sign-in link was requested for your address. If it was not you, ignore this mail: nobody can sign in without the link.",
  });
}
