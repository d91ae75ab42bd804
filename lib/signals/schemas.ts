import { z } from "zod";
import { pageQuery } from "@/lib/pagination";
import { SIGNAL_TYPES } from "./signal-types";

export const listSignalsQuery = z
  .object({
    ...pageQuery,
    type: z.enum(SIGNAL_TYPES).optional(),
    sessionId: z.string().max(64).optional(),
    taskId: z.string().max(64).optional(),
    minIntensity: z.coerce.number().min(0).max(1).optional(),
    minConfidence: z.coerce.number().min(0).max(1).optional(),
    q: z.string().trim().max(200).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
  })
  .strict();

export type ListSignalsQuery = z.infer<typeof listSignalsQuery>;
