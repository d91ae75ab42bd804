import { z } from "zod";
import { ImplementationStatus } from "@/generated/prisma/enums";
import { pageQuery } from "@/lib/pagination";

export const taskParams = z.object({ projectId: z.string().min(1).max(64), taskId: z.string().min(1).max(64) });
export const implementationParams = z.object({ projectId: z.string().min(1).max(64), implementationId: z.string().min(1).max(64) });

/** `{ "dryRun": true }` (or `dry_run`, as scripts tend to write it) plans the pull request without writing to GitHub. */
export const implementSchema = z
  .object({ dryRun: z.boolean().optional(), dry_run: z.boolean().optional() })
  .strict()
  .transform((v) => ({ dryRun: v.dryRun ?? v.dry_run ?? false }));
export const emptyBody = z.object({}).strict();

export const listImplementationsQuery = z.object({
  taskId: z.string().min(1).max(64).optional(),
  status: z.enum(ImplementationStatus).optional(),
  ...pageQuery,
});
