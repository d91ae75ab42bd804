// The scheduled function itself, run by @inngest/test against real PostgreSQL: it applies each
// project's retention policy and records a run per project.
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RETENTION_CRON } from "@/lib/retention/retention-schedule";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { enforceRetentionFunction } from "./enforce-retention";

describe("enforce-retention", () => {
  it("is a daily cron function that erases sessions past each project's session window", async () => {
    expect(enforceRetentionFunction.opts.triggers).toEqual([{ cron: RETENTION_CRON }]);
    const { project } = await createOwnerWithProject(db);
    await db.project.update({ where: { id: project.id }, data: { retentionTranscriptDays: 30 } });
    const old = await createSession(db, { projectId: project.id, status: "completed" });
    const recent = await createSession(db, { projectId: project.id, status: "completed" });
    await db.$executeRaw`UPDATE "Session" SET "createdAt" = now() - interval '31 days' WHERE "id" = ${old.id}`;

    const { result, error } = await new InngestTestEngine({
      function: enforceRetentionFunction,
      events: [{ name: "inngest/scheduled.timer", data: { cron: RETENTION_CRON } }],
    }).execute();
    expect(error).toBeUndefined();
    expect((result as { sessionsDeleted: number }).sessionsDeleted).toBeGreaterThanOrEqual(1);
    expect(await db.session.count({ where: { id: old.id } })).toBe(0);
    expect(await db.session.count({ where: { id: recent.id } })).toBe(1);
    expect(await db.retentionRun.findFirst({ where: { projectId: project.id } })).toMatchObject({ sessionsDeleted: 1 });
  });
});
