// After the planned sessions: whatever of the person is still there. Sessions that appeared since
// the plan was made (an interview that was still going, a session an integration created meanwhile)
// are erased like the others; every screener response still matching the email goes with its
// answers (those that led to no session: disqualified, or their session was deleted earlier), and so
// does every follow-up invitation to the address; and
// export files that hold their data — their own participant exports and whole-project zips — are
// deleted before their 7 days are up (the export rows stay as receipts, lib/privacy/export).
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { removeExportFile } from "@/lib/privacy/export/remove-expired-export";
import { openParticipantEmail } from "@/lib/privacy/participant-email";
import { addToReceipt } from "./add-to-receipt";
import { eraseParticipantSession } from "./erase-participant-session";
import { readProgress, requirePlan } from "./erasure-state";
import { lockErasure } from "./lock-erasure";
import { matchingResponses, matchingSessionIds } from "./participant-matches";

export async function eraseRemainingTraces(input: { erasureId: string }) {
  const request = await db.erasureRequest.findUniqueOrThrow({ where: { id: input.erasureId } });
  if (!request.emailCiphertext) throw new AppError("conflict", "The erasure request no longer holds the email to look for");
  const email = openParticipantEmail(request.emailCiphertext);
  const late = await matchingSessionIds(db, request.projectId, email, []);
  // each in its own transaction, counted with its deletion, exactly like a planned session
  for (const sessionId of late) await eraseParticipantSession({ erasureId: input.erasureId, sessionId });

  const exportsNow = await db.dataExport.findMany({
    where: {
      projectId: request.projectId,
      storageKey: { not: null },
      OR: [{ kind: "participant", emailHash: request.emailHash }, { kind: "project" }],
    },
    select: { id: true },
  });
  // a failed delete fails the step, whose retry deletes what is still there
  for (const e of exportsNow) await removeExportFile({ exportId: e.id });

  return db.$transaction(async (tx) => {
    const locked = await lockErasure(tx, input.erasureId);
    const progress = readProgress(locked.progress);
    const plan = requirePlan(progress);
    const now = await matchingResponses(tx, locked.projectId, email);
    const ids = [...new Set([...plan.responseIds, ...now.map((r) => r.id)])];
    const { count } = await tx.screenerResponse.deleteMany({ where: { projectId: locked.projectId, id: { in: ids } } });
    // follow-up invitations hold the address (to send) and are matched by its hash, like the request
    await tx.followUpInvitation.deleteMany({ where: { projectId: locked.projectId, emailHash: request.emailHash } });
    const exportIds = [...new Set([...(plan.exportIds ?? []), ...exportsNow.map((e) => e.id)])];
    await addToReceipt(tx, locked, {
      add: { screenerResponses: count },
      // absolute: the files found when the plan was made or now, whichever attempt deleted them
      set: { exportFiles: exportIds.length },
      progress: { ...progress, step: "responses", done: ids.length, total: ids.length, plan: { ...plan, exportIds } },
    });
    return { lateSessions: late.length, responsesDeleted: count, exportFilesDeleted: exportsNow.length };
  });
}
