import { db } from "@/lib/db";

/** Id and title of a project's highest-priority tasks, for filters and pickers (no descriptions or scores). */
export async function listTaskOptions(input: { projectId: string; limit?: number }) {
  return db.task.findMany({
    where: { projectId: input.projectId },
    orderBy: [{ priorityScore: "desc" }, { id: "asc" }],
    take: input.limit ?? 200,
    select: { id: true, title: true },
  });
}
