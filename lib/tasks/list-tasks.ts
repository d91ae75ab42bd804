import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ListTasksQuery } from "./schemas";

/** The list's cursor is a row offset (priority order has no stable keyset while scores change). */
export const offsetCursor = (offset: number) => Buffer.from(String(offset)).toString("base64url");

/** A project's tasks, highest priority first (or newest), optionally by status and title words. */
export async function listTasks(input: { projectId: string; query: ListTasksQuery }) {
  const q = input.query;
  const offset = q.cursor ? Number.parseInt(Buffer.from(q.cursor, "base64url").toString("utf8"), 10) || 0 : 0;
  const rows = await db.task.findMany({
    where: {
      projectId: input.projectId,
      ...(q.status ? { status: q.status } : {}),
      ...(q.q ? { AND: q.q.split(/\s+/).map((word) => ({ title: { contains: word, mode: "insensitive" as const } })) } : {}),
    },
    orderBy: q.sort === "priority" ? [{ priorityScore: "desc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }],
    skip: offset,
    take: q.limit + 1,
  });
  const more = rows.length > q.limit;
  return { tasks: rows.slice(0, q.limit), nextCursor: more ? offsetCursor(offset + q.limit) : null };
}

/** One task with its evidence (signals with their sessions) and status history. */
export async function getTaskDetail(input: { projectId: string; taskId: string }) {
  const task = await db.task.findFirst({
    where: { id: input.taskId, projectId: input.projectId },
    include: {
      signals: {
        orderBy: { createdAt: "desc" },
        include: { signal: { include: { session: { select: { id: true, participantName: true, participantEmail: true } } } } },
      },
      statusChanges: { orderBy: { createdAt: "desc" } },
      implementations: { orderBy: { createdAt: "desc" } },
      measurements: { orderBy: { createdAt: "desc" } },
    },
  });
  if (!task) throw notFound("Task");
  const { signals, ...rest } = task;
  return { ...rest, evidence: signals.map((l) => l.signal) };
}
