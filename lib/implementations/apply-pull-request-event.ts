// A verified pull_request delivery: merged → implementation merged and task done (and the impact
// measurement scheduled through the outbox); closed without merge → task back to ready; reopened →
// open again. The delivery id is recorded in the same transaction, so a redelivery changes nothing.
// Deliveries are applied in the order of the pull request's own updated_at, not of arrival: a
// stale one (a replay under a new delivery id, a retry that arrives late) is ignored, and a merge
// is final — nothing after it moves the task back.
import type { TaskStatus } from "@/generated/prisma/client";
import { db, type DbClient } from "@/lib/db";
import { isUniqueViolation } from "@/lib/errors";
import { emitProjectEvent } from "@/lib/integrations/emit-project-event";
import { emitTaskStatusChanged } from "@/lib/integrations/emit-task-status-changed";
import { inviteAfterMerge } from "@/lib/follow-up/invite-after-merge";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";
import { kickOutboxDispatch } from "@/lib/outbox/kick-dispatch";

export interface PullRequestDelivery {
  deliveryId: string;
  event: string;
  action: string | null;
  projectId: string;
  repository: string;
  pullRequest: {
    number: number;
    merged: boolean;
    mergedAt: string | null;
    state: string;
    htmlUrl: string | null;
    updatedAt?: string | null;
  } | null;
}

export type DeliveryOutcome = "duplicate" | "ignored" | "stale" | "merged" | "closed" | "reopened" | "unknown_pull_request" | "pong";

async function moveTask(tx: DbClient, taskId: string, to: TaskStatus) {
  const task = await tx.task.findUniqueOrThrow({ where: { id: taskId }, select: { status: true, projectId: true } });
  if (task.status === to) return;
  await tx.task.update({ where: { id: taskId }, data: { status: to } });
  const change = await tx.taskStatusChange.create({ data: { taskId, fromStatus: task.status, toStatus: to } });
  await emitTaskStatusChanged(tx, { projectId: task.projectId, change, cause: to === "done" ? "merge" : "pull_request" });
}

async function apply(tx: DbClient, d: PullRequestDelivery): Promise<{ outcome: DeliveryOutcome; enqueued: boolean }> {
  if (d.event === "ping") return { outcome: "pong", enqueued: false };
  const pr = d.pullRequest;
  if (d.event !== "pull_request" || !pr || !["closed", "reopened"].includes(d.action ?? "")) return { outcome: "ignored", enqueued: false };
  const implementation = await tx.implementation.findFirst({
    where: { projectId: d.projectId, prNumber: pr.number, repo: { equals: d.repository, mode: "insensitive" }, dryRun: false },
    orderBy: { createdAt: "desc" },
  });
  if (!implementation) return { outcome: "unknown_pull_request", enqueued: false };
  // row lock: two deliveries for one PR are compared and applied one after the other
  await tx.$queryRaw`SELECT 1 FROM "Implementation" WHERE "id" = ${implementation.id} FOR UPDATE`;
  const current = await tx.implementation.findUniqueOrThrow({
    where: { id: implementation.id },
    select: { status: true, prEventAt: true },
  });
  const eventAt = pr.updatedAt ? new Date(pr.updatedAt) : null;
  if (current.status === "merged") return { outcome: "stale", enqueued: false };
  if (eventAt && current.prEventAt && eventAt <= current.prEventAt) return { outcome: "stale", enqueued: false };
  if (eventAt) await tx.implementation.update({ where: { id: implementation.id }, data: { prEventAt: eventAt } });

  if (d.action === "reopened") {
    await tx.implementation.update({ where: { id: implementation.id }, data: { status: "open", prState: "open", closedAt: null } });
    await moveTask(tx, implementation.taskId, "in_review");
    return { outcome: "reopened", enqueued: false };
  }
  if (pr.merged) {
    const mergedAt = pr.mergedAt ? new Date(pr.mergedAt) : new Date();
    await tx.implementation.update({
      where: { id: implementation.id },
      data: { status: "merged", prState: "merged", mergedAt, closedAt: mergedAt },
    });
    await moveTask(tx, implementation.taskId, "done");
    await emitProjectEvent(tx, {
      projectId: d.projectId,
      type: "implementation.merged",
      // a merge is final and applied once (the delivery id is recorded in this transaction)
      messageId: `implementation.merged.${implementation.id}`,
      data: { implementationId: implementation.id, taskId: implementation.taskId, prNumber: pr.number, mergedAt: mergedAt.toISOString() },
    });
    await enqueueEvent(tx, {
      name: "implementation/merged",
      data: {
        projectId: d.projectId,
        taskId: implementation.taskId,
        implementationId: implementation.id,
        mergedAt: mergedAt.toISOString(),
      },
    });
    // a project that sends follow-up invitations automatically schedules them with the merge
    await inviteAfterMerge(tx, { projectId: d.projectId, taskId: implementation.taskId });
    return { outcome: "merged", enqueued: true };
  }
  await tx.implementation.update({ where: { id: implementation.id }, data: { status: "closed", prState: "closed", closedAt: new Date() } });
  await moveTask(tx, implementation.taskId, "ready");
  return { outcome: "closed", enqueued: false };
}

export async function applyPullRequestDelivery(d: PullRequestDelivery): Promise<DeliveryOutcome> {
  try {
    const result = await db.$transaction(async (tx) => {
      // first, so a concurrent redelivery waits on this row and then fails as a duplicate
      await tx.githubWebhookDelivery.create({
        data: { id: d.deliveryId, projectId: d.projectId, event: d.event, action: d.action, outcome: "received" },
      });
      const r = await apply(tx, d);
      await tx.githubWebhookDelivery.update({ where: { id: d.deliveryId }, data: { outcome: r.outcome } });
      return r;
    });
    if (result.enqueued) kickOutboxDispatch();
    return result.outcome;
  } catch (e) {
    if (isUniqueViolation(e)) return "duplicate";
    throw e;
  }
}
