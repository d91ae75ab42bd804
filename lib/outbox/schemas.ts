import { z } from "zod";

/** POST …/outbox/retry: every undelivered event of the project, or only these ids. */
export const retryOutboxSchema = z
  .object({ ids: z.array(z.string().min(1).max(64)).min(1, "give at least one id, or leave ids out to retry all").max(500).optional() })
  .strict();
