// One of the person's sessions, erased in one transaction with the receipt's counts (shared with
// deleteSession: lib/sessions/delete-session.ts); the screener response goes too, and model-usage
// rows stay as cost numbers without the session. Media objects are deleted after the commit, by the
// session's storage prefix rather than by the rows' keys: a retry after a failed delete no longer
// has the rows, but still has the prefix, so no object is left behind.
import { db } from "@/lib/db";
import { mediaStorage } from "@/lib/storage";
import { removeSessionRows, sessionMediaPrefix } from "@/lib/sessions/delete-session";
import { addToReceipt } from "./add-to-receipt";
import { readProgress, requirePlan } from "./erasure-state";
import { lockErasure } from "./lock-erasure";

export async function eraseParticipantSession(input: { erasureId: string; sessionId: string }) {
  const { projectId, removed } = await db.$transaction(
    async (tx) => {
      const request = await lockErasure(tx, input.erasureId);
      const progress = readProgress(request.progress);
      const plan = requirePlan(progress);
      const removal = await removeSessionRows(tx, {
        projectId: request.projectId,
        sessionId: input.sessionId,
        response: "delete",
        usage: "keep_costs",
      });
      const { usageRowsKept, ...counts } = removal?.removed ?? { usageRowsKept: 0 };
      const index = plan.sessionIds.indexOf(input.sessionId);
      await addToReceipt(tx, request, {
        add: removal ? { ...counts, usageRowsKept, sessions: 1 } : {},
        progress: {
          ...progress,
          step: "sessions",
          // absolute, from the plan: a repeated step moves nothing on (a late session is not in the plan)
          done: index >= 0 ? index + 1 : (progress.done ?? 0),
          total: plan.sessionIds.length,
          // tasks its signals fed are rescored by the tasks step
          plan: { ...plan, taskIds: [...new Set([...plan.taskIds, ...(removal?.taskIds ?? [])])] },
        },
      });
      return { projectId: request.projectId, removed: Boolean(removal) };
    },
    { timeout: 60_000 },
  );
  // a failure here fails the step: its retry deletes the prefix again
  const { deleted } = await mediaStorage().deletePrefix(sessionMediaPrefix(projectId, input.sessionId));
  return { sessionId: input.sessionId, removed, objectsDeleted: deleted };
}
