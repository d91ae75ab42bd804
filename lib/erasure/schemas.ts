import { z } from "zod";
import { projectParams } from "@/lib/projects/schemas";

// an address as a person types it; matching is on the trimmed, lower-cased form (participant-email.ts)
const email = z.string().trim().max(320).pipe(z.email("must be an email address"));

export const requestErasureSchema = z.object({ email }).strict();

export const listErasuresQuery = z.object({ email: email.optional() }).strict();

export const erasureParams = projectParams.extend({ erasureId: z.string().min(1).max(64) });

export type RequestErasureInput = z.infer<typeof requestErasureSchema>;
export type ListErasuresQuery = z.infer<typeof listErasuresQuery>;
