// "Implement" (and its dry run): queue the push for the task's current attempt. A second click while
// a pull request is open or being created returns that attempt instead of starting another; a failed
// attempt is retried on the same record (its branch and PR, if any, are reused by the push).
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";
import { kickOutboxDispatch } from "@/lib/outbox/kick-dispatch";
import { lockTaskAndCurrentImplementation } from "./current-implementation";
import { implementationView } from "./implementation-view";

export async function requestPush(input: { projectId: string; taskId: string; dryRun: boolean }) {
  const result = await db.$transaction(async (tx) => {
    const { task, current } = await lockTaskAndCurrentImplementation(tx, input);
    if (current && (current.status === "open" || (current.status === "pushing" && !current.dryRun))) {
      return { row: current, queued: false };
    }
    if (!input.dryRun) {
      const connection = await tx.githubConnection.findUnique({ where: { projectId: task.projectId }, select: { id: true } });
      if (!connection) throw new AppError("conflict", "Connect a GitHub repository in Settings → GitHub before implementing");
    }
    const data = { status: "pushing" as const, error: null, dryRun: input.dryRun };
    const row = current
      ? await tx.implementation.update({ where: { id: current.id }, data })
      : await tx.implementation.create({ data: { projectId: task.projectId, taskId: task.id, ...data } });
    await enqueueEvent(tx, {
      name: "implementation/push.requested",
      data: { projectId: task.projectId, taskId: task.id, implementationId: row.id, dryRun: input.dryRun },
    });
    return { row, queued: true };
  });
  if (result.queued) kickOutboxDispatch();
  return { implementation: implementationView(result.row), queued: result.queued };
}
