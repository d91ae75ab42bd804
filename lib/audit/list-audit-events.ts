import { db } from "@/lib/db";
import { afterCursor, decodeCursor, newestFirst, page } from "@/lib/pagination";
import type { ListAuditQuery } from "./schemas";

/** The project's audit log, newest first, one cursor page at a time. */
export async function listAuditEvents(input: { projectId: string; query: ListAuditQuery }) {
  const rows = await db.auditEvent.findMany({
    where: {
      projectId: input.projectId,
      ...(input.query.action ? { action: input.query.action } : {}),
      ...afterCursor(decodeCursor(input.query.cursor)),
    },
    orderBy: newestFirst,
    take: input.query.limit + 1,
  });
  const { items, nextCursor } = page(rows, input.query.limit);
  return {
    events: items.map((e) => ({
      id: e.id,
      action: e.action,
      actor: { kind: e.actorKind, id: e.actorId },
      target: e.targetType && e.targetId ? { type: e.targetType, id: e.targetId } : null,
      details: e.details,
      createdAt: e.createdAt.toISOString(),
    })),
    nextCursor,
  };
}
