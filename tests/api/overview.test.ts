// The overview's numbers: session totals by state, signals by type, tasks by status, weekly trends
// (date_trunc('week'), zero-filled), top open tasks and recent sessions — scoped to one project.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReusedCounts } from "@/lib/overview/reused-counts";
import { weekStart } from "@/lib/overview/weekly-activity";
import { getProjectOverview } from "@/lib/projects/get-project-overview";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession, createSignal, createTask } from "@/prisma/factories/research";

// a Wednesday; its week starts Monday 2026-06-15
const NOW = new Date("2026-06-17T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

describe("getProjectOverview", () => {
  it("counts sessions, signals and tasks and buckets them by week", async () => {
    const { project } = await createOwnerWithProject(db);
    const projectId = project.id;
    const a = await createSession(db, {
      projectId,
      status: "completed",
      processingStatus: "processed",
      participantName: "Ana",
      createdAt: daysAgo(1),
    });
    const b = await createSession(db, { projectId, status: "completed", processingStatus: "failed", createdAt: daysAgo(8) });
    await createSession(db, { projectId, status: "active", processingStatus: "pending", createdAt: daysAgo(9) });
    await createSession(db, { projectId, status: "completed", processingStatus: "processed", createdAt: daysAgo(200) }); // outside the trend window
    const s1 = await createSignal(db, { projectId, sessionId: a.id, type: "struggling_moment", createdAt: daysAgo(1) });
    await createSignal(db, { projectId, sessionId: a.id, type: "struggling_moment", createdAt: daysAgo(1) });
    await createSignal(db, { projectId, sessionId: b.id, type: "workaround", createdAt: daysAgo(8) });
    const open = await createTask(db, { projectId, title: "Fix export", status: "ready", signalIds: [s1.id] });
    await db.task.update({ where: { id: open.id }, data: { priorityScore: 72, priorityLabel: "high" } });
    const done = await createTask(db, { projectId, title: "Shipped", status: "done" });
    await db.task.update({ where: { id: done.id }, data: { priorityScore: 99, priorityLabel: "critical" } });
    await createTask(db, { projectId, title: "Someday", status: "backlog" });

    // another project's data never counts
    const other = await createOwnerWithProject(db);
    const foreign = await createSession(db, { projectId: other.project.id, createdAt: daysAgo(1) });
    await createSignal(db, { projectId: other.project.id, sessionId: foreign.id, createdAt: daysAgo(1) });

    const o = await getProjectOverview({ projectId, now: NOW });
    expect(o.sessions).toEqual({ total: 4, completed: 3, processed: 2, failed: 1 });
    expect(o.signals).toBe(3);
    expect(o.signalsByType).toMatchObject({ struggling_moment: 2, workaround: 1, firing_moment: 0 });
    expect(Object.keys(o.signalsByType)).toHaveLength(6);
    expect(o.tasks).toBe(3);
    expect(o.openTasks).toBe(2);
    expect(o.tasksByStatus).toEqual({ backlog: 1, ready: 1, in_progress: 0, in_review: 0, done: 1, wont_fix: 0 });
    expect(o.topTasks.map((t) => t.title)).toEqual(["Fix export", "Someday"]); // done is not open work

    expect(o.weeks).toHaveLength(12);
    expect(o.weeks.at(-1)).toEqual({ week: "2026-06-15", sessions: 1, completed: 1, signals: 2 });
    expect(o.weeks.at(-2)).toEqual({ week: "2026-06-08", sessions: 2, completed: 1, signals: 1 });
    expect(o.weeks.slice(0, -2).every((w) => w.sessions === 0 && w.signals === 0)).toBe(true);
    expect(o.weeks[0].week).toBe("2026-03-30");

    expect(o.recentSessions[0]).toMatchObject({ id: a.id, participantName: "Ana" });
    expect(o.recentSessions.length).toBeLessThanOrEqual(6);
  });

  it("an empty project has zeros everywhere and a full, empty trend", async () => {
    const { project } = await createOwnerWithProject(db);
    const o = await getProjectOverview({ projectId: project.id, now: NOW });
    expect(o.sessions).toEqual({ total: 0, completed: 0, processed: 0, failed: 0 });
    expect(o.tasks + o.signals).toBe(0);
    expect(o.weeks.map((w) => w.sessions + w.signals)).toEqual(Array(12).fill(0));
    expect(o.topTasks).toEqual([]);
    expect(o.recentSessions).toEqual([]);
  });

  it("weekStart is Monday 00:00 UTC, like date_trunc('week')", async () => {
    expect(weekStart(new Date("2026-06-21T23:59:00Z")).toISOString()).toBe("2026-06-15T00:00:00.000Z"); // Sunday
    expect(weekStart(new Date("2026-06-15T00:00:00Z")).toISOString()).toBe("2026-06-15T00:00:00.000Z"); // Monday
    const [row] = await db.$queryRaw<{ w: Date }[]>`SELECT date_trunc('week', ${new Date("2026-06-21T23:59:00Z")}::timestamp) AS w`;
    expect(row.w.toISOString()).toBe("2026-06-15T00:00:00.000Z");
  });
});

describe("the overview's short-lived cache", () => {
  it("reuses counts for a minute, shares one computation between concurrent views, and keeps no failure", async () => {
    let now = 1_000;
    const cached = createReusedCounts({ ttlMs: 60_000, max: 10, perf: { now: () => now } });
    let loads = 0;
    const load = async () => ({ loads: ++loads });
    const [a, b] = await Promise.all([cached("k", load), cached("k", load)]);
    expect([a.loads, b.loads, loads]).toEqual([1, 1, 1]);
    now += 59_999;
    expect((await cached("k", load)).loads).toBe(1);
    now += 2;
    expect((await cached("k", load)).loads).toBe(2);

    const failing = () => Promise.reject(new Error("database unavailable"));
    await expect(cached("f", failing)).rejects.toThrow("database unavailable");
    expect((await cached("f", load)).loads).toBe(3); // the failure was not kept
  });

  it("the page's counts follow new sessions within the minute only when asked for fresh numbers", async () => {
    const { project } = await createOwnerWithProject(db);
    await createSession(db, { projectId: project.id });
    expect((await getProjectOverview({ projectId: project.id })).sessions.total).toBe(1);
    await createSession(db, { projectId: project.id });
    expect((await getProjectOverview({ projectId: project.id })).sessions.total).toBe(1);
    expect((await getProjectOverview({ projectId: project.id, fresh: true })).sessions.total).toBe(2);
    // tasks are never cached: a board move shows on the overview at once
    await createTask(db, { projectId: project.id, status: "ready" });
    expect((await getProjectOverview({ projectId: project.id })).tasksByStatus.ready).toBe(1);
  });
});
