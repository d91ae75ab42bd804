// Request schemas of the voice endpoints (voice-contract.md).
import { z } from "zod";
import { clientMessageIdSchema } from "@/lib/interviewer/schemas";

export const turnQuerySchema = z.object({
  key: z.string().optional(),
  clientMessageId: clientMessageIdSchema,
  durationMs: z.coerce.number().int("must be a whole number of milliseconds").min(0).max(3_600_000),
});

export const speechQuerySchema = z.object({
  key: z.string().optional(),
  t: z.string().min(10, "is not a speech token").max(8_000),
});

export const promptBodySchema = z.object({ kind: z.enum(["silence", "repeat"]) }).strict();
