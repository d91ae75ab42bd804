// The retention policy against real PostgreSQL and the real local-disk media storage of this test
// file: media past the media window leaves the disk (rows and transcripts stay, marked), sessions
// past the session window go with their files and their screener response, tasks
// are rescored, the run is recorded, and a second run removes nothing more.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { mediaStorage } from "@/lib/storage";
import { recomputeTaskPriority } from "@/lib/tasks/recompute-task-priority";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createAudioRecording } from "@/prisma/factories/media";
import { createScreener, createScreenerResponse, createSession, createSignal, createTask } from "@/prisma/factories/research";
import { enforceRetention } from "./enforce-retention";

const DAY = 86_400_000;
const onDisk = (key: string) => fs.existsSync(path.resolve(env().DATA_DIR, "media", key));

async function sessionAgedDays(projectId: string, days: number) {
  const session = await createSession(db, { projectId, status: "completed" });
  const chunks = await createAudioRecording(db, mediaStorage(), {
    projectId,
    sessionId: session.id,
    durationMs: 60_000,
    transcripts: ["It takes me an hour every Friday.", "I export it by hand."],
  });
  const at = new Date(Date.now() - days * DAY);
  await db.$executeRaw`UPDATE "Session" SET "createdAt" = ${at} WHERE "id" = ${session.id}`;
  await db.$executeRaw`UPDATE "MediaChunk" SET "createdAt" = ${at} WHERE "sessionId" = ${session.id}`;
  return { session, chunks };
}

describe("enforceRetention", () => {
  it("removes media past the media window and erases sessions past the session window", async () => {
    const { project } = await createOwnerWithProject(db);
    await db.project.update({ where: { id: project.id }, data: { retentionAudioDays: 30, retentionTranscriptDays: 365 } });
    const fresh = await sessionAgedDays(project.id, 5);
    const oldMedia = await sessionAgedDays(project.id, 40);
    const expired = await sessionAgedDays(project.id, 400);

    const screener = await createScreener(db, { projectId: project.id });
    const response = await createScreenerResponse(db, {
      screenerId: screener.id,
      projectId: project.id,
      participantName: "Ada Lovelace",
      participantEmail: "ada@example.test",
      sessionId: expired.session.id,
    });
    const kept = await createSignal(db, { projectId: project.id, sessionId: oldMedia.session.id });
    const gone = await createSignal(db, { projectId: project.id, sessionId: expired.session.id });
    const task = await createTask(db, { projectId: project.id, signalIds: [kept.id, gone.id] });
    await recomputeTaskPriority(db, { taskId: task.id });
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).sessionCount).toBe(2);

    const result = await enforceRetention({ projectId: project.id, batchSize: 1 });
    expect(result).toEqual({ projectId: project.id, sessionsDeleted: 1, mediaFilesRemoved: oldMedia.chunks.length, eventsDeleted: 0 });

    // within the window: untouched
    for (const c of fresh.chunks) expect(onDisk(c.storageKey)).toBe(true);
    expect(await db.mediaChunk.count({ where: { sessionId: fresh.session.id, mediaRemovedAt: { not: null } } })).toBe(0);

    // past the media window: files gone, rows and transcripts kept and marked, signals kept
    for (const c of oldMedia.chunks) expect(onDisk(c.storageKey)).toBe(false);
    const marked = await db.mediaChunk.findMany({ where: { sessionId: oldMedia.session.id }, orderBy: { chunkIndex: "asc" } });
    expect(marked.every((c) => c.mediaRemovedAt !== null)).toBe(true);
    expect(marked[0].transcriptText).toBe("It takes me an hour every Friday.");
    expect(await db.signal.count({ where: { id: kept.id } })).toBe(1);

    // past the session window: session, files, analysis and the screener response (answers included) gone
    expect(await db.session.count({ where: { id: expired.session.id } })).toBe(0);
    for (const c of expired.chunks) expect(onDisk(c.storageKey)).toBe(false);
    expect(await db.signal.count({ where: { id: gone.id } })).toBe(0);
    expect(await db.screenerResponse.count({ where: { id: response.id } })).toBe(0);
    const rescored = await db.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(rescored).toMatchObject({ signalCount: 1, sessionCount: 1 });

    // the run is recorded with what it removed
    const runs = await db.retentionRun.findMany({ where: { projectId: project.id } });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ sessionsDeleted: 1, mediaFilesRemoved: oldMedia.chunks.length });
    expect(runs[0].finishedAt).not.toBeNull();
    const audit = await db.auditEvent.findMany({ where: { projectId: project.id, action: "retention.ran" } });
    expect(audit.map((a) => a.details)).toEqual([{ sessionsDeleted: 1, mediaFilesRemoved: oldMedia.chunks.length, eventsDeleted: 0 }]);

    // idempotent: a second run finds nothing left to remove
    expect(await enforceRetention({ projectId: project.id })).toMatchObject({ sessionsDeleted: 0, mediaFilesRemoved: 0 });
    expect(await db.auditEvent.count({ where: { projectId: project.id, action: "retention.ran" } })).toBe(1);
  });

  it("does nothing for a project deleted since the run listed it", async () => {
    expect(await enforceRetention({ projectId: "deleted-project" })).toEqual({
      projectId: "deleted-project",
      sessionsDeleted: 0,
      mediaFilesRemoved: 0,
      eventsDeleted: 0,
    });
  });

  it("deletes behaviour events past the events window and keeps the session, its newer events and its signals", async () => {
    const { project } = await createOwnerWithProject(db);
    await db.project.update({ where: { id: project.id }, data: { retentionEventsDays: 30 } });
    const session = await createSession(db, { projectId: project.id, status: "completed" });
    const signal = await createSignal(db, { projectId: project.id, sessionId: session.id });
    await db.sessionEvent.createMany({
      data: [0, 1, 2].map((i) => ({ sessionId: session.id, clientEventId: `e${i}`, type: "click" as const, offsetMs: i * 1000 })),
    });
    await db.$executeRaw`UPDATE "SessionEvent" SET "createdAt" = now() - interval '45 days' WHERE "sessionId" = ${session.id} AND "clientEventId" <> 'e2'`;

    const result = await enforceRetention({ projectId: project.id, batchSize: 1 });
    expect(result).toMatchObject({ sessionsDeleted: 0, mediaFilesRemoved: 0, eventsDeleted: 2 });
    expect((await db.sessionEvent.findMany({ where: { sessionId: session.id } })).map((e) => e.clientEventId)).toEqual(["e2"]);
    expect(await db.signal.count({ where: { id: signal.id } })).toBe(1);
    const run = await db.retentionRun.findFirstOrThrow({ where: { projectId: project.id } });
    expect(run.eventsDeleted).toBe(2);
    expect(await enforceRetention({ projectId: project.id })).toMatchObject({ eventsDeleted: 0 });
  });

  it("resumes a run that stopped after deleting files but before marking their rows", async () => {
    const { project } = await createOwnerWithProject(db);
    await db.project.update({ where: { id: project.id }, data: { retentionAudioDays: 30 } });
    const old = await sessionAgedDays(project.id, 40);
    // the file is already gone (an earlier run, or lost): deleting it again is not an error
    await mediaStorage().delete(old.chunks[0].storageKey);

    const result = await enforceRetention({ projectId: project.id });
    expect(result.mediaFilesRemoved).toBe(old.chunks.length);
    expect(await db.mediaChunk.count({ where: { sessionId: old.session.id, mediaRemovedAt: null } })).toBe(0);
  });
});
