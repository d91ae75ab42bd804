import { db } from "@/lib/db";
import { recomputeTaskPriority } from "./recompute-task-priority";

/** Step 6 of processing: fresh scores for every task that gained or lost evidence. */
export async function recomputeTaskPriorities(input: { taskIds: string[]; now?: Date }) {
  for (const taskId of input.taskIds) await recomputeTaskPriority(db, { taskId, now: input.now });
  return { recomputed: input.taskIds.length };
}
