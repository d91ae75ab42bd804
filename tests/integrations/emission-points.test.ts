// Where project events are announced to webhooks and Slack: each in the transaction of its change,
// once per occurrence (a retried step announces nothing new), with ids and a few non-personal
// fields — never a participant's quote or email.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { measureImpact } from "@/lib/impact/measure-impact";
import { applyPullRequestDelivery } from "@/lib/implementations/apply-pull-request-event";
import type { ProjectEventEmittedData } from "@/lib/integrations/webhooks/project-event";
import { failProcessingRun } from "@/lib/processing/fail-processing-run";
import { finishProcessingRun } from "@/lib/processing/finish-processing-run";
import { startProcessingRun } from "@/lib/processing/start-processing-run";
import { assignSignalsToTasks } from "@/lib/tasks/assign-signals-to-tasks";
import { recomputeTaskPriority } from "@/lib/tasks/recompute-task-priority";
import { updateTask } from "@/lib/tasks/update-task";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession, createSignal, createTask } from "@/prisma/factories/research";

async function emitted(projectId: string, type?: string): Promise<ProjectEventEmittedData[]> {
  const rows = await db.outboxEvent.findMany({ where: { name: "integrations/event.emitted" }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.payload as ProjectEventEmittedData).filter((e) => e.projectId === projectId && (!type || e.type === type));
}

describe("emission points", () => {
  it("session.processed once per run, even when the finishing step runs again", async () => {
    const { project } = await createOwnerWithProject(db);
    const session = await createSession(db, { projectId: project.id, status: "completed" });
    await db.sessionMessage.create({ data: { sessionId: session.id, role: "participant", content: "hello", offsetMs: 1000 } });
    const { runId } = await startProcessingRun({ sessionId: session.id, trigger: "completed", inngestRunId: "run-1" });
    await finishProcessingRun({ runId });
    await finishProcessingRun({ runId }).catch(() => undefined);
    const events = await emitted(project.id, "session.processed");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ messageId: `session.processed.${runId}`, data: { sessionId: session.id, runId, skipped: false } });
  });

  it("session.failed once, with no reason text (provider errors may echo the transcript)", async () => {
    const { project } = await createOwnerWithProject(db);
    const session = await createSession(db, { projectId: project.id, status: "completed" });
    await db.sessionMessage.create({ data: { sessionId: session.id, role: "participant", content: "hello", offsetMs: 1000 } });
    const { runId } = await startProcessingRun({ sessionId: session.id, trigger: "completed", inngestRunId: "run-2" });
    await failProcessingRun({ sessionId: session.id, reason: "the model said: 'I copy invoices by hand'", inngestRunId: "run-2" });
    await failProcessingRun({ sessionId: session.id, reason: "again", inngestRunId: "run-2" });
    const events = await emitted(project.id, "session.failed");
    expect(events).toHaveLength(1);
    expect(events[0].data).toEqual({ sessionId: session.id, runId });
  });

  it("task.created for a task made from signals, without the quote", async () => {
    const { project } = await createOwnerWithProject(db);
    const session = await createSession(db, { projectId: project.id, status: "completed" });
    const signal = await createSignal(db, {
      projectId: project.id,
      sessionId: session.id,
      quote: "I email jane@example.test the totals every Friday",
    });
    await db.signal.update({ where: { id: signal.id }, data: { topic: "Sending invoice totals to the accountant" } });
    const [taskId] = await assignSignalsToTasks({ projectId: project.id, signalIds: [signal.id] });
    await assignSignalsToTasks({ projectId: project.id, signalIds: [signal.id] });
    const events = await emitted(project.id, "task.created");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ messageId: `task.created.${taskId}`, data: { taskId, status: "backlog", signalCount: 1 } });
    expect(JSON.stringify(events[0])).not.toMatch(/jane@|Friday/);
  });

  it("task.status_changed for a real change only; task.priority_changed only when the label changes", async () => {
    const { project, user } = await createOwnerWithProject(db);
    const task = await createTask(db, { projectId: project.id });
    await updateTask({ projectId: project.id, taskId: task.id, actorUserId: user.id, data: { status: "ready" } });
    await updateTask({ projectId: project.id, taskId: task.id, actorUserId: user.id, data: { status: "ready" } });
    const changes = await emitted(project.id, "task.status_changed");
    expect(changes).toHaveLength(1);
    expect(changes[0].data).toEqual({ taskId: task.id, from: "backlog", to: "ready", cause: "manual" });

    // no evidence: the label stays "low", nothing is announced
    await recomputeTaskPriority(db, { taskId: task.id });
    expect(await emitted(project.id, "task.priority_changed")).toHaveLength(0);
    // a lot of strong evidence from many sessions: the label rises once; recomputing again says nothing
    for (let i = 0; i < 8; i++) {
      const s = await createSession(db, { projectId: project.id, status: "completed" });
      const sig = await createSignal(db, { projectId: project.id, sessionId: s.id, intensity: 1, confidence: 1 });
      await db.taskSignal.create({ data: { taskId: task.id, signalId: sig.id } });
    }
    const p = await recomputeTaskPriority(db, { taskId: task.id });
    await recomputeTaskPriority(db, { taskId: task.id });
    const rises = await emitted(project.id, "task.priority_changed");
    expect(p.label).not.toBe("low");
    expect(rises).toHaveLength(1);
    expect(rises[0].data).toMatchObject({ taskId: task.id, from: "low", to: p.label, signalCount: 8, sessionCount: 8 });
  });

  it("a merge announces implementation.merged and the task's move to done, once (a redelivery changes nothing)", async () => {
    const { project } = await createOwnerWithProject(db);
    const task = await createTask(db, { projectId: project.id, status: "in_review" });
    const implementation = await db.implementation.create({
      data: { projectId: project.id, taskId: task.id, status: "open", prNumber: 12, repo: "acme/app", prState: "open" },
    });
    const delivery = {
      deliveryId: `d-${implementation.id}`,
      event: "pull_request",
      action: "closed",
      projectId: project.id,
      repository: "acme/app",
      pullRequest: { number: 12, merged: true, mergedAt: new Date().toISOString(), state: "closed", htmlUrl: null },
    };
    expect(await applyPullRequestDelivery(delivery)).toBe("merged");
    expect(await applyPullRequestDelivery(delivery)).toBe("duplicate");
    const merged = await emitted(project.id, "implementation.merged");
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ messageId: `implementation.merged.${implementation.id}`, data: { taskId: task.id, prNumber: 12 } });
    expect((await emitted(project.id, "task.status_changed")).map((e) => e.data)).toEqual([
      { taskId: task.id, from: "in_review", to: "done", cause: "merge" },
    ]);
  });

  it("impact.measured with the measurement's verdict", async () => {
    const { project } = await createOwnerWithProject(db);
    const task = await createTask(db, { projectId: project.id, status: "done" });
    const implementation = await db.implementation.create({
      data: { projectId: project.id, taskId: task.id, status: "merged", mergedAt: new Date(Date.now() - 86_400_000), prNumber: 3 },
    });
    const m = await measureImpact({ projectId: project.id, taskId: task.id });
    const events = await emitted(project.id, "impact.measured");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      messageId: `impact.measured.${m.id}`,
      data: { taskId: task.id, implementationId: implementation.id, measurementId: m.id, verdict: m.verdict },
    });
  });
});
