import { z } from "zod";
import { TOKEN_PREFIX } from "@/lib/security/secret-tokens";

export const SHARE_LINK_DEFAULT_DAYS = 30;
export const SHARE_LINK_MAX_DAYS = 365;

/** Exactly one of taskId / signalId is checked by the use-case (422), so both absent reads as one clear message. */
export const createShareLinkSchema = z
  .object({
    taskId: z.string().min(1).max(64).optional(),
    signalId: z.string().min(1).max(64).optional(),
    expiresInDays: z.number().int().min(1).max(SHARE_LINK_MAX_DAYS).default(SHARE_LINK_DEFAULT_DAYS),
  })
  .strict();
export type CreateShareLinkInput = z.infer<typeof createShareLinkSchema>;

export const shareLinkParams = z.object({ projectId: z.string().min(1).max(64), shareLinkId: z.string().min(1).max(64) });

/** A share token: the prefix and 43 base64url characters (generateSecret); anything else is unknown without a lookup. */
export const shareToken = z
  .string()
  .min(TOKEN_PREFIX.share.length + 1)
  .max(120);

export const sharedClipParams = z.object({
  token: shareToken,
  signalId: z.string().min(1).max(64),
  kind: z.enum(["audio", "screen"]),
});
