import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession, createSignal, createTask, linkSignalsToTask } from "@/prisma/factories/research";
import { computePriority } from "./priority";
import { recomputeTaskPriority } from "./recompute-task-priority";

const NOW = new Date("2026-06-15T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

describe("recomputeTaskPriority", () => {
  it("scores the linked evidence and stores score, label, breakdown and counts", async () => {
    const { project } = await createOwnerWithProject(db);
    const ana1 = await createSession(db, { projectId: project.id, participantEmail: "Ana@Example.com" });
    const ana2 = await createSession(db, { projectId: project.id, participantEmail: "ana@example.com" });
    const anonymous = await createSession(db, { projectId: project.id, participantEmail: null });
    const signals = [
      await createSignal(db, {
        projectId: project.id,
        sessionId: ana1.id,
        type: "struggling_moment",
        intensity: 0.9,
        confidence: 0.8,
        createdAt: daysAgo(0),
      }),
      await createSignal(db, {
        projectId: project.id,
        sessionId: anonymous.id,
        type: "workaround",
        intensity: 0.6,
        confidence: 0.5,
        createdAt: daysAgo(15),
      }),
      await createSignal(db, {
        projectId: project.id,
        sessionId: ana2.id,
        type: "hiring_criteria",
        intensity: 0.4,
        confidence: 1,
        createdAt: daysAgo(45),
      }),
    ];
    // evidence of another task must not count
    const unrelated = await createSignal(db, {
      projectId: project.id,
      sessionId: anonymous.id,
      type: "firing_moment",
      createdAt: daysAgo(0),
    });
    const task = await createTask(db, { projectId: project.id, signalIds: signals.map((s) => s.id) });
    await createTask(db, { projectId: project.id, signalIds: [unrelated.id] });

    const result = await recomputeTaskPriority(db, { taskId: task.id, now: NOW });

    // Same evidence as the multi-session case of priority.test.ts: Ana twice (email compared
    // case-insensitively) and one anonymous participant → 3 sessions, 2 participants.
    const expected = {
      score: 51.3,
      label: "medium",
      breakdown: { frequency: 46.3, recency: 61, intensity: 47.3, breadth: 20, urgency: 85 },
    };
    expect(result).toEqual({ taskId: task.id, ...expected, signalCount: 3, sessionCount: 3 });
    const stored = await db.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(stored).toMatchObject({
      priorityScore: expected.score,
      priorityLabel: expected.label,
      priorityBreakdown: expected.breakdown,
      signalCount: 3,
      sessionCount: 3,
    });
  });

  it("follows new evidence and works inside a transaction", async () => {
    const { project } = await createOwnerWithProject(db);
    const session = await createSession(db, { projectId: project.id });
    const first = await createSignal(db, { projectId: project.id, sessionId: session.id, type: "desired_outcome", createdAt: NOW });
    const task = await createTask(db, { projectId: project.id, signalIds: [first.id] });
    const before = await recomputeTaskPriority(db, { taskId: task.id, now: NOW });
    expect(before.breakdown.urgency).toBe(50);

    const later = await createSession(db, { projectId: project.id });
    const firing = await createSignal(db, { projectId: project.id, sessionId: later.id, type: "firing_moment", createdAt: NOW });
    const after = await db.$transaction(async (tx) => {
      await linkSignalsToTask(tx, { taskId: task.id, signalIds: [firing.id] });
      return recomputeTaskPriority(tx, { taskId: task.id, now: NOW });
    });
    expect(after.breakdown.urgency).toBe(100);
    expect(after.score).toBeGreaterThan(before.score);
    expect(after).toMatchObject({ signalCount: 2, sessionCount: 2 });
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).priorityScore).toBe(after.score);
  });

  it("gives a task without evidence the formula's empty score", async () => {
    const { project } = await createOwnerWithProject(db);
    const task = await createTask(db, { projectId: project.id });
    const result = await recomputeTaskPriority(db, { taskId: task.id, now: NOW });
    expect(result).toMatchObject({ ...computePriority([], NOW), signalCount: 0, sessionCount: 0 });
    expect(result.score).toBe(10);
  });

  it("throws not_found for an unknown task", async () => {
    const error = await recomputeTaskPriority(db, { taskId: "missing" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("not_found");
  });
});
