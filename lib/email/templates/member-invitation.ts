// A member invitation (lib/invitations/create-invitation.ts → send-email).
import { renderEmail } from "../render";

export function memberInvitationEmail(input: {
  projectName: string;
  inviterName: string | null;
  role: string;
  url: string;
  expiresAt: Date;
}) {
  const who = input.inviterName ?? "A member";
  return renderEmail({
    subject: `You are invited to ${input.projectName} on UserTests`,
    lead: `${who} invited you to join the project “${input.projectName}” on UserTests as ${input.role}.`,
    action: { label: "Accept the invitation", url: input.url },
    notes: [`The link is personal and works until ${input.expiresAt.toUTCString()}. Sign in with this email address to accept it.`],
    reason: `You received this because a member of “${input.projectName}” invited your address. If you do not expect it, ignore this mail.`,
  });
}
