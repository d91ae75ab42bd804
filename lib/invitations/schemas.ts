import { z } from "zod";
import { roleSchema } from "@/lib/members/schemas";

export const createInvitationSchema = z
  .object({
    email: z.email("must be an email address").transform((e) => e.trim().toLowerCase()),
    role: roleSchema.default("member"),
  })
  .strict();
export const invitationParams = z.object({ projectId: z.string().min(1).max(64), invitationId: z.string().min(1).max(64) });
export const acceptInvitationSchema = z.object({ token: z.string().min(10).max(200) }).strict();

export const INVITATION_TTL_DAYS = 14;
