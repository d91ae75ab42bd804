import { db } from "@/lib/db";

/** Headline numbers for a project's overview page. */
export async function getProjectOverview(input: { projectId: string }) {
  const { projectId } = input;
  const [sessions, completedSessions, signals, tasks, openTasks, screeners, activeScreeners, members] = await Promise.all([
    db.session.count({ where: { projectId } }),
    db.session.count({ where: { projectId, status: "completed" } }),
    db.signal.count({ where: { projectId } }),
    db.task.count({ where: { projectId } }),
    db.task.count({ where: { projectId, status: { notIn: ["done", "wont_fix"] } } }),
    db.screener.count({ where: { projectId } }),
    db.screener.count({ where: { projectId, status: "active" } }),
    db.membership.count({ where: { projectId } }),
  ]);
  return { sessions, completedSessions, signals, tasks, openTasks, screeners, activeScreeners, members };
}

export type ProjectOverview = Awaited<ReturnType<typeof getProjectOverview>>;
