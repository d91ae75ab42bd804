import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { generateSecret, hashSecret } from "@/lib/security/secret-tokens";
import type { CreateShareLinkInput } from "./schemas";
import { shareLinkView } from "./share-link-view";
import { shareUrl } from "./share-url";

/**
 * A read-only link to a task's evidence or to one signal of this project. The URL is answered once:
 * only the token's SHA-256 is stored, with its last characters as a hint to tell links apart.
 */
export async function createShareLink(input: CreateShareLinkInput & { projectId: string; actor: AuditActor }) {
  if (!!input.taskId === !!input.signalId)
    throw new AppError("unprocessable", "Share either a task (taskId) or a signal (signalId), not both");
  const target = input.taskId
    ? await db.task.findFirst({ where: { id: input.taskId, projectId: input.projectId }, select: { id: true, title: true } })
    : await db.signal.findFirst({ where: { id: input.signalId, projectId: input.projectId }, select: { id: true, quote: true } });
  if (!target) throw notFound(input.taskId ? "Task" : "Signal");

  const token = generateSecret("share");
  const link = await db.$transaction(async (tx) => {
    const row = await tx.shareLink.create({
      data: {
        projectId: input.projectId,
        taskId: input.taskId ?? null,
        signalId: input.signalId ?? null,
        tokenHash: hashSecret(token),
        tokenHint: token.slice(-4),
        expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
        createdByUserId: input.actor.kind === "user" ? input.actor.id : null,
      },
      include: { task: { select: { title: true } }, signal: { select: { quote: true } } },
    });
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: input.actor,
      action: "share_link.created",
      target: { type: "share_link", id: row.id },
      details: { shared: input.taskId ? "task" : "signal", targetId: target.id, expiresInDays: input.expiresInDays },
    });
    return row;
  });
  log.info("share link created", { projectId: input.projectId, shareLinkId: link.id });
  return { shareLink: shareLinkView(link), url: shareUrl(token) };
}
