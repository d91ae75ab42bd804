// The scheduled function itself, run by @inngest/test against real PostgreSQL: its one step ends
// idle sessions, and a session it abandoned is processed with what it has (reprocess allowed).
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requestReprocess } from "@/lib/processing/request-reprocess";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { abandonIdleSessionsFunction } from "./abandon-idle-sessions";

describe("abandon-idle-sessions", () => {
  it("is a cron function that abandons sessions idle for SESSION_IDLE_MINUTES", async () => {
    expect(abandonIdleSessionsFunction.opts.triggers).toEqual([{ cron: "*/5 * * * *" }]);
    const { project, user } = await createOwnerWithProject(db);
    const session = await db.session.create({
      data: { projectId: project.id, status: "active", startedAt: new Date(Date.now() - 3 * 3_600_000) },
    });
    await db.$executeRaw`UPDATE "Session" SET "updatedAt" = now() - interval '2 hours' WHERE "id" = ${session.id}`;

    const { result, error } = await new InngestTestEngine({
      function: abandonIdleSessionsFunction,
      events: [{ name: "inngest/scheduled.timer", data: { cron: "*/5 * * * *" } }],
    }).execute();
    expect(error).toBeUndefined();
    expect((result as { abandoned: string[] }).abandoned).toContain(session.id);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).status).toBe("abandoned");

    // an abandoned session can be analysed again like a completed one
    const reprocess = await requestReprocess({ projectId: project.id, sessionId: session.id, userId: user.id });
    expect(reprocess.processingStatus).toBe("pending");
  });
});
