// A project's implementation attempts, newest first, optionally for one task or in one status —
// what `usertests implementation list` shows. The spec and PR body are left out of the list (they
// are long); GET …/implementations/:id has them.
import type { ImplementationStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { afterCursor, decodeCursor, newestFirst, page } from "@/lib/pagination";
import { implementationView } from "./implementation-view";

export async function listProjectImplementations(input: {
  projectId: string;
  taskId?: string;
  status?: ImplementationStatus;
  limit: number;
  cursor?: string;
}) {
  const rows = await db.implementation.findMany({
    where: { projectId: input.projectId, taskId: input.taskId, status: input.status, ...afterCursor(decodeCursor(input.cursor)) },
    orderBy: newestFirst,
    take: input.limit + 1,
  });
  const { items, nextCursor } = page(rows, input.limit);
  return {
    implementations: items.map((row) => {
      const { spec: _spec, prBody: _prBody, ...summary } = implementationView(row);
      return summary;
    }),
    nextCursor,
  };
}
