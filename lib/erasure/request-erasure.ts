// An admin's "erase this person": the request row (keyed hash of the email, the email sealed for
// the job), its outbox event and an audit entry, in one transaction. A second request for the same
// email while one is pending or running answers that one: the job is never started twice.
import type { Principal } from "@/lib/access/principal";
import { auditActorOf } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";
import { kickOutboxDispatch } from "@/lib/outbox/kick-dispatch";
import { participantEmailHash, sealParticipantEmail } from "@/lib/privacy/participant-email";
import { erasureView } from "./erasure-view";

export async function requestErasure(input: { projectId: string; email: string; principal: Principal }) {
  const emailHash = participantEmailHash(input.email);
  const result = await db.$transaction(async (tx) => {
    // two clicks at once must still make one request: serialize on (project, person)
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`erasure:${input.projectId}:${emailHash}`}))`;
    const open = await tx.erasureRequest.findFirst({
      where: { projectId: input.projectId, emailHash, status: { in: ["pending", "running"] } },
      orderBy: { createdAt: "desc" },
    });
    if (open) return { row: open, queued: false };
    const actor = auditActorOf(input.principal);
    const row = await tx.erasureRequest.create({
      data: {
        projectId: input.projectId,
        emailHash,
        emailCiphertext: sealParticipantEmail(input.email),
        requestedByKind: actor.kind,
        requestedById: actor.kind === "system" ? null : actor.id,
      },
    });
    await enqueueEvent(tx, { name: "privacy/erasure.requested", data: { projectId: input.projectId, erasureId: row.id } });
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor,
      action: "participant.erasure_requested",
      target: { type: "erasure", id: row.id },
    });
    return { row, queued: true };
  });
  if (result.queued) kickOutboxDispatch();
  return { erasure: erasureView(result.row), queued: result.queued };
}
