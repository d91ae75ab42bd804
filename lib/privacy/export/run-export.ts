// The steps of build-export (inngest/functions/build-export.ts), each one idempotent and returning
// ids and counts only. The email is opened inside the build step and never leaves it; it is
// dropped from the row (emailCiphertext = null) as soon as the export completes or fails.
import type { Prisma } from "@/generated/prisma/client";
import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { openParticipantEmail } from "@/lib/privacy/participant-email";
import { buildParticipantExport } from "./build-participant-export";
import { buildProjectExport } from "./build-project-export";
import { EXPORT_TTL_MS, exportStorageKey } from "./export-files";

export async function startExport(input: { exportId: string }) {
  const row = await db.dataExport.findUnique({ where: { id: input.exportId } });
  if (!row) throw notFound("Export");
  if (row.status === "completed" || row.status === "failed") return { exportId: row.id, kind: row.kind, status: row.status };
  await db.dataExport.update({ where: { id: row.id }, data: { status: "running", progress: { step: "starting", done: 0, total: 0 } } });
  return { exportId: row.id, kind: row.kind, status: "running" as const };
}

export async function buildExport(input: { exportId: string }) {
  const row = await db.dataExport.findUnique({ where: { id: input.exportId } });
  if (!row) throw notFound("Export");
  const storageKey = exportStorageKey({ projectId: row.projectId, exportId: row.id, kind: row.kind });
  if (row.kind === "participant") {
    if (!row.emailCiphertext) throw new AppError("conflict", "This export no longer holds the participant's email; request a new one");
    const built = await buildParticipantExport({ projectId: row.projectId, email: openParticipantEmail(row.emailCiphertext), storageKey });
    return { storageKey, ...built };
  }
  const built = await buildProjectExport({
    projectId: row.projectId,
    storageKey,
    until: row.createdAt,
    onProgress: async (progress) => {
      await db.dataExport.update({ where: { id: row.id }, data: { progress: { ...progress } } });
    },
  });
  return { storageKey, ...built };
}

/** Marks the export downloadable for 7 days, forgets the email, and writes the audit event with the counts, in one transaction. */
export async function completeExport(input: {
  exportId: string;
  storageKey: string;
  sizeBytes: number;
  counts: Record<string, number>;
  now?: Date;
}) {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const row = await tx.dataExport.findUnique({ where: { id: input.exportId } });
    if (!row) throw notFound("Export");
    if (row.status === "completed") return { exportId: row.id, expiresAt: row.expiresAt!.toISOString() };
    const expiresAt = new Date(now.getTime() + EXPORT_TTL_MS);
    const total = Object.values(input.counts).reduce((a, b) => a + b, 0);
    await tx.dataExport.update({
      where: { id: row.id },
      data: {
        status: "completed",
        storageKey: input.storageKey,
        sizeBytes: BigInt(input.sizeBytes),
        counts: input.counts,
        progress: { step: "done", done: total, total },
        emailCiphertext: null,
        error: null,
        completedAt: now,
        expiresAt,
      },
    });
    await recordAuditEvent(tx, {
      projectId: row.projectId,
      actor: requester(row),
      action: row.kind === "participant" ? "participant.exported" : "project.exported",
      target: { type: "data_export", id: row.id },
      // counts and the email's keyed hash (the "did we export X?" answer), never the address
      details: {
        ...input.counts,
        sizeBytes: input.sizeBytes,
        ...(row.emailHash ? { emailHash: row.emailHash } : {}),
      } as Prisma.InputJsonObject,
    });
    return { exportId: row.id, expiresAt: expiresAt.toISOString() };
  });
}

/** The failure recorder: shown on the export, and the sealed email dropped. Idempotent; a completed export stays completed. */
export async function failExport(input: { exportId: string; reason: string }) {
  await db.dataExport.updateMany({
    where: { id: input.exportId, status: { not: "completed" } },
    data: { status: "failed", error: input.reason, emailCiphertext: null, completedAt: new Date() },
  });
}

function requester(row: { requestedByKind: string; requestedById: string | null }): AuditActor {
  if (row.requestedById && row.requestedByKind === "user") return { kind: "user", id: row.requestedById };
  if (row.requestedById && row.requestedByKind === "secret_key") return { kind: "secret_key", id: row.requestedById };
  return { kind: "system" };
}
