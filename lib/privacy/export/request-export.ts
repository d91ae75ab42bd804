// POST …/exports: records the request and queues the build (privacy/export.requested) through the
// outbox in the same transaction. A participant export keeps only the keyed hash of the email for
// good, and the email itself sealed until the job has found the person (participant-email.ts). A
// second request for the same thing while one is pending or running answers that one: exports
// are heavy, and a double click must not build two.
import type { Principal } from "@/lib/access/principal";
import { db } from "@/lib/db";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";
import { kickOutboxDispatch } from "@/lib/outbox/kick-dispatch";
import { participantEmailHash, sealParticipantEmail } from "@/lib/privacy/participant-email";
import { toExportView } from "./export-view";
import type { RequestExportInput } from "./schemas";

export async function requestExport(input: { projectId: string; principal: Principal; data: RequestExportInput }) {
  const { projectId, principal, data } = input;
  const emailHash = data.kind === "participant" ? participantEmailHash(data.email) : null;
  const result = await db.$transaction(async (tx) => {
    // serialises concurrent requests for the same export, so the "already running" check holds
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`export:${projectId}:${data.kind}:${emailHash ?? ""}`}))`;
    const inFlight = await tx.dataExport.findFirst({
      where: { projectId, kind: data.kind, emailHash, status: { in: ["pending", "running"] } },
      orderBy: { createdAt: "desc" },
    });
    if (inFlight) return { row: inFlight, queued: false };
    const row = await tx.dataExport.create({
      data: {
        projectId,
        kind: data.kind,
        emailHash,
        emailCiphertext: data.kind === "participant" ? sealParticipantEmail(data.email) : null,
        requestedByKind: principal.kind,
        requestedById: principal.kind === "user" ? principal.userId : principal.keyId,
      },
    });
    await enqueueEvent(tx, { name: "privacy/export.requested", data: { projectId, exportId: row.id } });
    return { row, queued: true };
  });
  if (result.queued) kickOutboxDispatch();
  return toExportView(result.row);
}
