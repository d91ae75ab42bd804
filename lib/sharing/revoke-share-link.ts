import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { shareLinkView } from "./share-link-view";

/** Idempotent: revoking a revoked link answers it as it is (and records nothing new). */
export async function revokeShareLink(input: { projectId: string; shareLinkId: string; actor: AuditActor }) {
  const link = await db.shareLink.findFirst({ where: { id: input.shareLinkId, projectId: input.projectId }, select: { id: true } });
  if (!link) throw notFound("Share link");
  await db.$transaction(async (tx) => {
    const { count } = await tx.shareLink.updateMany({ where: { id: link.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return;
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: input.actor,
      action: "share_link.revoked",
      target: { type: "share_link", id: link.id },
    });
  });
  const row = await db.shareLink.findUniqueOrThrow({
    where: { id: link.id },
    include: { task: { select: { title: true } }, signal: { select: { quote: true } } },
  });
  return shareLinkView(row);
}
