import { z } from "zod";
import { pageQuery } from "@/lib/pagination";

export const TASK_STATUSES = ["backlog", "ready", "in_progress", "in_review", "done", "wont_fix"] as const;
export const taskParams = z.object({ projectId: z.string().min(1).max(64), taskId: z.string().min(1).max(64) });

export const listTasksQuery = z
  .object({
    ...pageQuery,
    limit: z.coerce.number().int().min(1).max(200).default(50),
    status: z.enum(TASK_STATUSES).optional(),
    sort: z.enum(["priority", "newest"]).default("priority"),
  })
  .strict();

export type ListTasksQuery = z.infer<typeof listTasksQuery>;
