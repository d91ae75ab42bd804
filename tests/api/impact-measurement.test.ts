// Impact measurement with known before/after data for each verdict: the "measure now" route and the
// Inngest function that sleeps through the window after a merge. Real PostgreSQL.
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { measureImpactFunction } from "@/inngest/functions/measure-impact";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { TASK_TITLE } from "@/tests/helpers/github-loop-fixtures";
import * as measureRoute from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/measure/route";
import * as listRoute from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/implementations/route";
import { callRoute } from "../helpers/call-route";

const DAY = 86_400_000;

interface Side {
  sessions: number;
  /** sessions whose evidence matches the task (by topic similarity, as new evidence after a merge does) */
  hits: number;
}

/**
 * A merged task 15 days ago (so both 14-day windows are complete) with `before` and `after` sessions,
 * plus sessions that must not count: outside the windows, or not processed.
 */
async function mergedTask(before: Side, after: Side) {
  const { project, token } = await createOwnerWithProject(db);
  const mergedAt = new Date(Date.now() - 15 * DAY);
  const task = await db.task.create({ data: { projectId: project.id, title: TASK_TITLE, status: "done" } });
  const implementation = await db.implementation.create({
    data: { projectId: project.id, taskId: task.id, status: "merged", mergedAt, prNumber: 7 },
  });

  async function session(at: Date, topic: string | null, processed = true) {
    const s = await db.session.create({
      data: { projectId: project.id, status: "completed", processingStatus: processed ? "processed" : "processing", completedAt: at },
    });
    if (topic)
      await db.signal.create({
        data: {
          projectId: project.id,
          sessionId: s.id,
          type: "struggling_moment",
          quote: "it broke again",
          topic,
          confidence: 0.9,
          intensity: 0.8,
          createdAt: at,
        },
      });
  }
  const side = async (count: Side, start: number) => {
    for (let i = 0; i < count.sessions; i++) {
      const at = new Date(start + (i + 0.5) * ((13 * DAY) / Math.max(1, count.sessions)));
      // matching evidence is phrased differently from the title, unrelated evidence is another problem
      await session(at, i < count.hits ? "Export of invoices to the accounting software fails" : i % 2 ? "Calendar sync is slow" : null);
    }
  };
  await side(before, mergedAt.getTime() - 14 * DAY);
  await side(after, mergedAt.getTime());
  // never counted: before the baseline window, and a session still processing
  await session(new Date(mergedAt.getTime() - 20 * DAY), TASK_TITLE);
  await session(new Date(mergedAt.getTime() + DAY), TASK_TITLE, false);
  return { projectId: project.id, taskId: task.id, implementationId: implementation.id, token, mergedAt };
}

async function measureNow(fx: { projectId: string; taskId: string; token: string }) {
  const res = await callRoute(measureRoute.POST, {
    method: "POST",
    token: fx.token,
    params: { projectId: fx.projectId, taskId: fx.taskId },
    body: {},
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json.measurement;
}

describe("measure now", () => {
  it("improved: the pattern fell from 5 in 10 sessions to 1 in 10", async () => {
    const fx = await mergedTask({ sessions: 10, hits: 5 }, { sessions: 10, hits: 1 });
    const m = await measureNow(fx);
    expect(m).toMatchObject({
      verdict: "improved",
      changePercent: -80,
      windowDays: 14,
      baseline: { rate: 0.5, sessions: 10 },
      current: { rate: 0.1, sessions: 10 },
    });
    expect(new Date(m.baseline.to).getTime()).toBe(fx.mergedAt.getTime());
    expect(new Date(m.current.to).getTime() - fx.mergedAt.getTime()).toBe(14 * DAY);
  });

  it("no change: the same share before and after", async () => {
    const m = await measureNow(await mergedTask({ sessions: 8, hits: 4 }, { sessions: 10, hits: 5 }));
    expect(m).toMatchObject({ verdict: "no_change", changePercent: 0 });
  });

  it("worse: the pattern rose", async () => {
    const m = await measureNow(await mergedTask({ sessions: 10, hits: 2 }, { sessions: 10, hits: 6 }));
    expect(m).toMatchObject({ verdict: "worse", changePercent: 200, baseline: { rate: 0.2 }, current: { rate: 0.6 } });
  });

  it("not enough data: fewer sessions after the merge than the minimum (5)", async () => {
    const m = await measureNow(await mergedTask({ sessions: 10, hits: 5 }, { sessions: 4, hits: 0 }));
    expect(m).toMatchObject({ verdict: "not_enough_data", changePercent: null, current: { sessions: 4, rate: 0 } });
  });

  it("measurements accumulate as the task's history; nothing merged yet is a 409", async () => {
    const fx = await mergedTask({ sessions: 6, hits: 3 }, { sessions: 6, hits: 0 });
    await measureNow(fx);
    await measureNow(fx);
    const list = await callRoute(listRoute.GET, { token: fx.token, params: { projectId: fx.projectId, taskId: fx.taskId } });
    expect(list.json.measurements.map((m: { verdict: string }) => m.verdict)).toEqual(["improved", "improved"]);

    const open = await db.task.create({ data: { projectId: fx.projectId, title: "Something else" } });
    const res = await callRoute(measureRoute.POST, {
      method: "POST",
      token: fx.token,
      params: { projectId: fx.projectId, taskId: open.id },
      body: {},
    });
    expect(res.status).toBe(409);
    expect(res.json.error.message).toContain("no merged pull request");
  });
});

describe("measure-implementation-impact (Inngest)", () => {
  it("sleeps for the configured window after the merge, then measures", async () => {
    const fx = await mergedTask({ sessions: 10, hits: 5 }, { sessions: 10, hits: 1 });
    const event = {
      name: "implementation/merged",
      data: { projectId: fx.projectId, taskId: fx.taskId, implementationId: fx.implementationId, mergedAt: fx.mergedAt.toISOString() },
    };

    const paused = await new InngestTestEngine({ function: measureImpactFunction, events: [event as never] }).executeStep(
      "wait-for-window",
    );
    // Inngest normalises the duration: 14d is sent as "2w"
    expect(paused.step).toMatchObject({ op: "Sleep", name: "2w" });
    expect(await db.measurement.count({ where: { taskId: fx.taskId } })).toBe(0);

    // the sleep has elapsed (mocked): the measurement is taken
    const { result, error } = await new InngestTestEngine({
      function: measureImpactFunction,
      events: [event as never],
      steps: [{ id: "wait-for-window", handler: () => null }],
    }).execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ implementationId: fx.implementationId, verdict: "improved" });
    expect(await db.measurement.count({ where: { taskId: fx.taskId, implementationId: fx.implementationId } })).toBe(1);
  });
});
