import { forgetProjectPublicKeys } from "@/lib/access/public-key-cache";
import { db } from "@/lib/db";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";

/**
 * Deletes a project and, through cascades, everything it owns (sessions, signals, tasks, keys…).
 * Its media files are purged afterwards by purge-project-media, announced in the same transaction
 * (outbox): the rows are gone first, and a storage failure is retried there, never undoing the delete.
 */
export async function deleteProject(input: { projectId: string }) {
  await db.$transaction(async (tx) => {
    await tx.project.delete({ where: { id: input.projectId } });
    await enqueueEvent(tx, { name: "project/deleted", data: { projectId: input.projectId } });
  });
  forgetProjectPublicKeys(input.projectId);
}
