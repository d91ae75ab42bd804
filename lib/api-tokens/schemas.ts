import { z } from "zod";

export const createApiTokenSchema = z
  .object({
    name: z.string().trim().min(1, "is required").max(100),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .strict();
export const apiTokenParams = z.object({ tokenId: z.string().min(1).max(64) });
