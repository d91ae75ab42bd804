import { z } from "zod";

export const taskParams = z.object({ projectId: z.string().min(1).max(64), taskId: z.string().min(1).max(64) });
export const implementationParams = z.object({ projectId: z.string().min(1).max(64), implementationId: z.string().min(1).max(64) });

export const implementSchema = z.object({ dryRun: z.boolean().default(false) }).strict();
export const emptyBody = z.object({}).strict();
