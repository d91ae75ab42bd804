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
    /** words the title contains, in any order (the link picker searches every task this way) */
    q: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

export type ListTasksQuery = z.infer<typeof listTasksQuery>;

/** PATCH accepts exactly these fields. */
export const updateTaskSchema = z
  .object({
    status: z.enum(TASK_STATUSES),
    title: z.string().trim().min(1).max(200),
    description: z.string().max(20_000),
    type: z.enum(["bug", "improvement", "feature", "research"]),
    effort: z.enum(["xs", "s", "m", "l", "xl"]).nullable(),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, "send at least one field to change");

export type UpdateTaskInput = z.infer<typeof updateTaskSchema>;

export const taskSignalParams = z.object({
  projectId: z.string().min(1).max(64),
  taskId: z.string().min(1).max(64),
  signalId: z.string().min(1).max(64),
});
