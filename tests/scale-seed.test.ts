// The scale seed (npm run db:seed:scale) at a tiny size: the same SQL, row counts and shapes the
// dashboard reads. The full-size run is a script, not a test.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listProjectsForUser } from "@/lib/projects/list-projects";
import { SCALE, seedScaleData, type ScaleSeedResult } from "@/scripts/lib/scale-seed";

const counts = { sessions: 400, events: 3_000, signals: 800, tasks: 40 };

describe("seedScaleData", () => {
  let result: ScaleSeedResult;
  beforeAll(async () => {
    result = await seedScaleData(process.env.DATABASE_URL!, counts);
  }, 30_000);

  it("creates exactly the requested sessions, events, signals and tasks in one project", async () => {
    const where = { projectId: SCALE.projectId };
    expect(await db.session.count({ where })).toBe(counts.sessions);
    expect(await db.sessionEvent.count({ where: { session: where } })).toBe(counts.events);
    expect(await db.signal.count({ where })).toBe(counts.signals);
    expect(await db.task.count({ where })).toBe(counts.tasks);
    expect(result.rows).toMatchObject({
      Session: counts.sessions,
      SessionEvent: counts.events,
      Signal: counts.signals,
      Task: counts.tasks,
    });
  });

  it("spreads sessions over statuses and about six months", async () => {
    const byStatus = await db.session.groupBy({ by: ["status"], _count: { _all: true } });
    expect(byStatus.map((s) => s.status).sort()).toEqual(["abandoned", "active", "completed", "pending"]);
    const processed = await db.session.count({ where: { processingStatus: "processed" } });
    expect(processed).toBeGreaterThan(counts.sessions * 0.4);
    const { _min, _max } = await db.session.aggregate({ _min: { createdAt: true }, _max: { createdAt: true } });
    const days = (_max.createdAt!.getTime() - _min.createdAt!.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(170);
    expect(days).toBeLessThan(190);
  });

  it("keeps the derived counters consistent with the rows", async () => {
    const task = await db.task.findFirstOrThrow({ where: { projectId: SCALE.projectId }, orderBy: { priorityScore: "desc" } });
    expect(task.signalCount).toBe(await db.taskSignal.count({ where: { taskId: task.id } }));
    expect(task.signalCount).toBeGreaterThan(0);
    const session = await db.session.findFirstOrThrow({ where: { signalCount: { gt: 0 } } });
    expect(session.signalCount).toBe(await db.signal.count({ where: { sessionId: session.id } }));
    // every signal comes from a processed session, after it ended
    expect(await db.signal.count({ where: { session: { processingStatus: { not: "processed" } } } })).toBe(0);
    // a response per screener session, plus disqualified ones without a session
    expect(await db.screenerResponse.count({ where: { sessionId: { not: null } } })).toBe(
      await db.session.count({ where: { screenerId: { not: null } } }),
    );
    expect(await db.screenerResponse.count({ where: { qualified: false } })).toBe(counts.sessions / 4);
    expect(await db.taskStatusChange.count()).toBeGreaterThanOrEqual(counts.tasks);
  });

  it("makes the benchmark's user the owner of the scale project", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: SCALE.email } });
    const projects = await listProjectsForUser({ userId: user.id });
    expect(projects.find((p) => p.id === SCALE.projectId)?.role).toBe("owner");
    expect(projects.length).toBeGreaterThan(1);
  });
});
