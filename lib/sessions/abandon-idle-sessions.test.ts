// Sessions left `active` are ended as abandoned after SESSION_IDLE_MINUTES without activity, at
// their last activity, and queued for processing; active ones and fresh ones are left alone.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { abandonIdleSessions } from "./abandon-idle-sessions";

const MIN = 60_000;

async function activeSession(projectId: string, startedMinutesAgo: number, updatedMinutesAgo = startedMinutesAgo) {
  const session = await db.session.create({
    data: { projectId, status: "active", startedAt: new Date(Date.now() - startedMinutesAgo * MIN) },
  });
  // updatedAt is set by Prisma on every write; put it where the scenario needs it
  await db.$executeRaw`UPDATE "Session" SET "updatedAt" = ${new Date(Date.now() - updatedMinutesAgo * MIN)} WHERE "id" = ${session.id}`;
  return session;
}

async function backdate(table: "SessionMessage" | "SessionEvent", sessionId: string, minutesAgo: number) {
  const at = new Date(Date.now() - minutesAgo * MIN);
  if (table === "SessionMessage") await db.$executeRaw`UPDATE "SessionMessage" SET "createdAt" = ${at} WHERE "sessionId" = ${sessionId}`;
  else await db.$executeRaw`UPDATE "SessionEvent" SET "createdAt" = ${at} WHERE "sessionId" = ${sessionId}`;
}

describe("abandonIdleSessions", () => {
  it("ends idle sessions as abandoned at their last activity and queues their processing", async () => {
    const { project } = await createOwnerWithProject(db);
    // talked until 50 minutes ago, then left
    const left = await activeSession(project.id, 70);
    await db.sessionMessage.create({
      data: { sessionId: left.id, role: "participant", content: "It takes me an hour every Friday.", offsetMs: 20 * MIN },
    });
    await backdate("SessionMessage", left.id, 50);
    await db.$executeRaw`UPDATE "Session" SET "updatedAt" = ${new Date(Date.now() - 50 * MIN)} WHERE "id" = ${left.id}`;
    // started long ago but clicked around 5 minutes ago: still there
    const browsing = await activeSession(project.id, 90);
    await db.sessionEvent.create({ data: { sessionId: browsing.id, clientEventId: "c1", type: "click", offsetMs: 1000, data: {} } });
    await backdate("SessionEvent", browsing.id, 5);
    // started 10 minutes ago, nothing since: not idle long enough
    const fresh = await activeSession(project.id, 10);
    // ended normally: untouched
    const done = await db.session.create({
      data: {
        projectId: project.id,
        status: "completed",
        startedAt: new Date(Date.now() - 120 * MIN),
        completedAt: new Date(Date.now() - 100 * MIN),
      },
    });

    const result = await abandonIdleSessions({ idleMinutes: 30 });
    expect(result.abandoned).toEqual([left.id]);

    const after = await db.session.findUniqueOrThrow({ where: { id: left.id } });
    expect(after.status).toBe("abandoned");
    // ended when the participant was last there, not when the sweep noticed
    expect(Math.abs(after.completedAt!.getTime() - (Date.now() - 50 * MIN))).toBeLessThan(MIN);
    expect(after.durationMs).toBeGreaterThanOrEqual(19 * MIN);
    expect(after.durationMs).toBeLessThanOrEqual(21 * MIN);
    const queued = await db.outboxEvent.findMany({ where: { name: "session/completed" } });
    expect(queued.map((e) => e.payload)).toContainEqual({ sessionId: left.id, projectId: project.id, reason: "abandoned" });

    for (const id of [browsing.id, fresh.id]) expect((await db.session.findUniqueOrThrow({ where: { id } })).status).toBe("active");
    expect((await db.session.findUniqueOrThrow({ where: { id: done.id } })).status).toBe("completed");

    // a second sweep finds nothing more and queues nothing twice
    expect((await abandonIdleSessions({ idleMinutes: 30 })).abandoned).toEqual([]);
    expect(
      (await db.outboxEvent.findMany({ where: { name: "session/completed" } })).filter(
        (e) => (e.payload as { sessionId: string }).sessionId === left.id,
      ),
    ).toHaveLength(1);
  });
});
