import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { getRetentionStatus } from "./get-retention-status";

describe("getRetentionStatus", () => {
  it("reports the last finished run and the next 03:00 UTC", async () => {
    const { project } = await createOwnerWithProject(db);
    const now = new Date("2026-12-06T18:00:00Z");
    expect(await getRetentionStatus({ projectId: project.id, now })).toEqual({
      lastRun: null,
      nextRunAt: new Date("2026-12-07T03:00:00Z"),
    });

    const finishedAt = new Date("2026-12-06T03:00:05Z");
    await db.retentionRun.create({ data: { projectId: project.id, sessionsDeleted: 2, mediaFilesRemoved: 7, finishedAt } });
    // a run still going is not "the last run"
    await db.retentionRun.create({ data: { projectId: project.id, startedAt: new Date("2026-12-06T17:59:00Z") } });
    expect((await getRetentionStatus({ projectId: project.id, now })).lastRun).toEqual({
      finishedAt,
      sessionsDeleted: 2,
      mediaFilesRemoved: 7,
      eventsDeleted: 0,
    });
  });
});
