import { z } from "zod";
import { languageSchema } from "@/lib/recordings/schemas";

/** How long a personal follow-up link works after its mail is sent. */
export const FOLLOW_UP_LINK_TTL_DAYS = 14;

/** POST …/tasks/:taskId/follow-up-invitations: a subset of the eligible participants, or all of them. */
export const createFollowUpInvitationsSchema = z
  .object({ emails: z.array(z.string().trim().email().max(320)).min(1).max(500).optional() })
  .strict();
export type CreateFollowUpInvitationsInput = z.infer<typeof createFollowUpInvitationsSchema>;

/** The participant's link token (ut_fu_…) in /u/follow-up/<token> and its API. */
export const followUpTokenParams = z.object({ token: z.string().min(1).max(200) });

/** The opt-out link's token (lib/privacy/opt-out-link.ts). */
export const optOutTokenParams = z.object({ token: z.string().min(1).max(300) });

/** Start on the personal link: the same consents the screener asks for (recording is optional: the room records only with it). */
export const startFollowUpSchema = z
  .object({
    consents: z.object({ recording: z.boolean(), analytics: z.boolean() }).strict(),
    language: languageSchema.optional(),
  })
  .strict();
export type StartFollowUpInput = z.infer<typeof startFollowUpSchema>;

/** "d***@example.com": enough to tell people apart on the task page without spelling the address out. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${email[0]}***${email.slice(at)}`;
}
