import { z } from "zod";

export const createSecretKeySchema = z.object({ name: z.string().trim().min(1, "is required").max(100) }).strict();
export const keyParams = z.object({ projectId: z.string().min(1).max(64), keyId: z.string().min(1).max(64) });
