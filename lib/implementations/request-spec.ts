// "Generate spec": queue spec writing for the task's current attempt (created if needed) through
// the outbox, in the same transaction as the status change the page shows.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";
import { kickOutboxDispatch } from "@/lib/outbox/kick-dispatch";
import { lockTaskAndCurrentImplementation } from "./current-implementation";
import { implementationView } from "./implementation-view";

export async function requestSpec(input: { projectId: string; taskId: string }) {
  const implementation = await db.$transaction(async (tx) => {
    const { task, current } = await lockTaskAndCurrentImplementation(tx, input);
    if (current && (current.status === "pushing" || current.status === "open")) {
      throw new AppError(
        "conflict",
        current.status === "open"
          ? "This task already has an open pull request; its spec is on the branch"
          : "The pull request is being created right now",
      );
    }
    const row = current
      ? await tx.implementation.update({ where: { id: current.id }, data: { status: "pending", error: null } })
      : await tx.implementation.create({ data: { projectId: task.projectId, taskId: task.id, status: "pending" } });
    await enqueueEvent(tx, {
      name: "implementation/spec.requested",
      data: { projectId: task.projectId, taskId: task.id, implementationId: row.id },
    });
    return row;
  });
  kickOutboxDispatch();
  return implementationView(implementation);
}
