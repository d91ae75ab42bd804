import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { measurementView } from "@/lib/impact/measurement-view";
import { implementationView } from "./implementation-view";

/** A task's implementation attempts (newest first) and its impact history (oldest first, for charts). */
export async function listTaskImplementations(input: { projectId: string; taskId: string }) {
  const task = await db.task.findFirst({ where: { id: input.taskId, projectId: input.projectId }, select: { id: true } });
  if (!task) throw notFound("Task");
  const [implementations, measurements] = await Promise.all([
    db.implementation.findMany({ where: { taskId: task.id }, orderBy: { createdAt: "desc" } }),
    db.measurement.findMany({ where: { taskId: task.id }, orderBy: { createdAt: "asc" } }),
  ]);
  return { implementations: implementations.map(implementationView), measurements: measurements.map(measurementView) };
}

export async function getImplementation(input: { projectId: string; implementationId: string }) {
  const row = await db.implementation.findFirst({
    where: { id: input.implementationId, projectId: input.projectId },
    include: { measurements: { orderBy: { createdAt: "asc" } } },
  });
  if (!row) throw notFound("Implementation");
  return { ...implementationView(row), measurements: row.measurements.map(measurementView) };
}
