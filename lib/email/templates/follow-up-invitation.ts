// A participant's invitation to a follow-up interview about a shipped fix
// (inngest/functions/send-follow-up-invitations.ts → send-email). It says why they get it (they told
// us about the problem), what it asks (about ten minutes), carries their personal link and, like
// every participant mail, an opt-out link that works without an account.
import { renderEmail } from "../render";

export function followUpInvitationEmail(input: {
  projectName: string;
  participantName: string | null;
  taskTitle: string;
  url: string;
  optOutUrl: string;
  expiresAt: Date;
}) {
  const hello = input.participantName ? `Hi ${input.participantName}, you` : "You";
  return renderEmail({
    subject: `Did our change help? A 10-minute follow-up for ${input.projectName}`,
    lead: `${hello} told us about “${input.taskTitle}” in an interview for ${input.projectName}. We shipped a change because of it, and would like 10 minutes of your time to hear whether it helped.`,
    action: { label: "Start the follow-up", url: input.url },
    notes: [
      `The link is personal: please do not forward it. It works until ${input.expiresAt.toUTCString()} and can be used for one follow-up interview.`,
    ],
    reason: `You received this because you took part in research for “${input.projectName}” and agreed to be contacted again about it.`,
    optOut: { label: `Do not send me follow-up mail about ${input.projectName} again`, url: input.optOutUrl },
  });
}
