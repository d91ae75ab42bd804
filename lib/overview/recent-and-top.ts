import { db } from "@/lib/db";
import { newestFirst } from "@/lib/pagination";
import { sessionRowSelect } from "@/lib/sessions/list-sessions";

/** The newest sessions, for the overview's "recent sessions" list. */
export async function recentSessions(input: { projectId: string; limit?: number }) {
  return db.session.findMany({
    where: { projectId: input.projectId },
    orderBy: newestFirst,
    take: input.limit ?? 6,
    select: sessionRowSelect,
  });
}

/** The open tasks with the highest priority (done and won't-fix are no longer work to pick). */
export async function topTasks(input: { projectId: string; limit?: number }) {
  return db.task.findMany({
    where: { projectId: input.projectId, status: { notIn: ["done", "wont_fix"] } },
    orderBy: [{ priorityScore: "desc" }, { id: "asc" }],
    take: input.limit ?? 5,
    select: { id: true, title: true, status: true, priorityScore: true, priorityLabel: true, signalCount: true, sessionCount: true },
  });
}
