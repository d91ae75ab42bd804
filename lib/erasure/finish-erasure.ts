// The receipt: the request is completed with what was removed by kind, the email and the job's plan
// (sealed quotes included) are dropped, and the audit log gets `participant.erased` with the counts.
// What stays is the keyed hash, so "did you erase X?" can still be answered.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { addToReceipt } from "./add-to-receipt";
import { readProgress, readReceipt } from "./erasure-state";
import { lockErasure } from "./lock-erasure";

export const GIT_HISTORY_NOTE =
  "Git history keeps earlier versions of the redacted spec files, and GitHub keeps a pull request body's edit history: see docs/runbook.md#privacy for how to purge them.";

export async function finishErasure(input: { erasureId: string }) {
  return db.$transaction(async (tx) => {
    const request = await lockErasure(tx, input.erasureId);
    if (request.status === "completed") return readReceipt(request.removed).counts;
    const progress = readProgress(request.progress);
    const plan = progress.plan;
    const outcomes = Object.values(plan?.github ?? {});
    const problems = outcomes.map((o) => o.note).filter((n): n is string => Boolean(n));
    const touchedGithub = outcomes.some((o) => o.files || o.pullRequests);
    const githubNote =
      [
        ...(problems.length ? [`Not redacted on GitHub: ${problems.join("; ")}.`] : []),
        ...(touchedGithub || problems.length ? [GIT_HISTORY_NOTE] : []),
      ].join(" ") || null;
    const sessions = plan?.sessionIds.length ?? 0;
    await addToReceipt(tx, request, { githubNote, progress: { step: "done", done: sessions, total: sessions } });
    const completedAt = new Date();
    await tx.erasureRequest.update({
      where: { id: request.id },
      data: { status: "completed", completedAt, emailCiphertext: null, error: null },
    });
    const { counts } = readReceipt((await tx.erasureRequest.findUniqueOrThrow({ where: { id: request.id } })).removed);
    await recordAuditEvent(tx, {
      projectId: request.projectId,
      actor:
        request.requestedByKind === "secret_key" && request.requestedById
          ? { kind: "secret_key", id: request.requestedById }
          : request.requestedById
            ? { kind: "user", id: request.requestedById }
            : { kind: "system" },
      action: "participant.erased",
      target: { type: "erasure", id: request.id },
      // counts and task ids only: no email, name or quote
      details: { ...counts, tasksLeftWithoutEvidenceIds: plan?.tasksLeftWithoutEvidence ?? [], githubProblems: problems.length },
    });
    return counts;
  });
}
