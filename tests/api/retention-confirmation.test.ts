// PATCH /api/v1/projects/:id: a retention change that would delete data is refused with 409 and how
// much it would delete, unless the body says confirmDeletion: true; a change that deletes nothing
// (or lengthens a window) needs no confirmation.
import { describe, expect, it } from "vitest";
import { PATCH as patchProject } from "@/app/api/v1/projects/[projectId]/route";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

async function sessionAgedDays(projectId: string, days: number) {
  const session = await createSession(db, { projectId, status: "completed" });
  await db.$executeRaw`UPDATE "Session" SET "createdAt" = now() - make_interval(days => ${days}::int) WHERE "id" = ${session.id}`;
  await db.mediaChunk.create({
    data: {
      sessionId: session.id,
      kind: "audio",
      chunkIndex: 0,
      storageKey: `projects/${projectId}/sessions/${session.id}/audio/000000.webm`,
      sizeBytes: 10,
      mimeType: "audio/webm",
    },
  });
  await db.$executeRaw`UPDATE "MediaChunk" SET "createdAt" = now() - make_interval(days => ${days}::int) WHERE "sessionId" = ${session.id}`;
  return session;
}

describe("retention change confirmation", () => {
  it("answers 409 with the counts until the deletion is confirmed", async () => {
    const { token, project } = await createOwnerWithProject(db);
    await sessionAgedDays(project.id, 100); // past a 60-day session window
    await sessionAgedDays(project.id, 20); // its media past a 10-day media window
    await sessionAgedDays(project.id, 2); // kept either way
    const patch = (body: object) => callRoute(patchProject, { method: "PATCH", token, params: { projectId: project.id }, body });

    const refused = await patch({ retentionTranscriptDays: 60, retentionAudioDays: 10 });
    expect(refused.status).toBe(409);
    expect(refused.json.error.details).toEqual({ retentionImpact: { sessionsToDelete: 1, mediaFilesToRemove: 1, eventsToDelete: 0 } });
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      retentionTranscriptDays: 365,
      retentionAudioDays: 90,
    });

    const confirmed = await patch({ retentionTranscriptDays: 60, retentionAudioDays: 10, confirmDeletion: true });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json.project).toMatchObject({ retentionTranscriptDays: 60, retentionAudioDays: 10 });
    expect(confirmed.json.project.confirmDeletion).toBeUndefined();

    // longer windows delete nothing: no confirmation asked
    expect((await patch({ retentionTranscriptDays: 400, retentionAudioDays: 200 })).status).toBe(200);
    // shorter, but nothing that old: no confirmation asked
    expect((await patch({ retentionAudioDays: 150 })).status).toBe(200);
    // confirmDeletion alone changes nothing
    expect((await patch({ confirmDeletion: true })).status).toBe(400);
  });

  it("counts behaviour events past a shorter events window", async () => {
    const { token, project } = await createOwnerWithProject(db);
    const session = await createSession(db, { projectId: project.id, status: "completed" });
    await db.sessionEvent.createMany({
      data: [
        { sessionId: session.id, clientEventId: "old", type: "click", offsetMs: 0 },
        { sessionId: session.id, clientEventId: "new", type: "click", offsetMs: 10 },
      ],
    });
    await db.$executeRaw`UPDATE "SessionEvent" SET "createdAt" = now() - interval '40 days' WHERE "sessionId" = ${session.id} AND "clientEventId" = 'old'`;
    const patch = (body: object) => callRoute(patchProject, { method: "PATCH", token, params: { projectId: project.id }, body });

    const refused = await patch({ retentionEventsDays: 30 });
    expect(refused.status).toBe(409);
    expect(refused.json.error.details).toEqual({ retentionImpact: { sessionsToDelete: 0, mediaFilesToRemove: 0, eventsToDelete: 1 } });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).retentionEventsDays).toBe(90);
    expect((await patch({ retentionEventsDays: 30, confirmDeletion: true })).status).toBe(200);
  });
});
