import { z } from "zod";
import { languageCodeSchema } from "@/lib/languages/schemas";
import { pageQuery } from "@/lib/pagination";

export const sessionParams = z.object({ projectId: z.string().min(1).max(64), sessionId: z.string().min(1).max(64) });

export const listSessionsQuery = z
  .object({
    ...pageQuery,
    status: z.enum(["pending", "active", "completed", "abandoned"]).optional(),
    processingStatus: z.enum(["pending", "processing", "processed", "failed"]).optional(),
    q: z.string().trim().max(200).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
  })
  .strict();

export type ListSessionsQuery = z.infer<typeof listSessionsQuery>;

export const mediaKindParams = sessionParams.extend({ kind: z.enum(["audio", "screen"]) });
export const mediaSegmentParams = mediaKindParams.extend({ index: z.coerce.number().int().min(0).max(1_000_000) });

export const listSessionEventsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    cursor: z.string().max(200).optional(),
    fromMs: z.coerce.number().int().min(0).optional(),
  })
  .strict();

export type ListSessionEventsQuery = z.infer<typeof listSessionEventsQuery>;

/**
 * POST …/sessions — a session a researcher opens for a participant (an interview link to send
 * them). Consents default to none: only ones the participant gave you (say, a signed form) belong
 * here; without the recording consent the room is text only.
 */
export const createSessionSchema = z
  .object({
    participant: z
      .object({ name: z.string().trim().min(1).max(200).optional(), email: z.email().max(320).optional() })
      .strict()
      .optional(),
    externalId: z.string().trim().min(1).max(200).optional(),
    /** text or voice (#18); left out, the screener's interview mode, else text */
    mode: z.enum(["text", "voice"]).optional(),
    screenerId: z.string().min(1).max(64).optional(),
    consent: z
      .object({ recording: z.boolean().default(false), analytics: z.boolean().default(false), followUp: z.boolean().default(false) })
      .strict()
      .default({ recording: false, analytics: false, followUp: false }),
    /** the interview's language (issue #17); one of the project's interview languages, default its first */
    language: languageCodeSchema.optional(),
  })
  .strict();

export type CreateSessionInput = z.infer<typeof createSessionSchema>;
