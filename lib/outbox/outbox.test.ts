// The transactional outbox against real PostgreSQL and the real Inngest SDK talking to a loopback
// fake event API: written with the state change, delivered once, kept while Inngest is down.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { endSession } from "@/lib/sessions/end-session";
import { outboxDispatchSettled } from "@/lib/outbox/kick-dispatch";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { startFakeInngest } from "@/tests/fakes/fake-inngest";
import { dispatchOutbox, flushOutbox } from "./dispatch-outbox";
import { enqueueEvent } from "./enqueue-event";
import { getEngineStatus } from "./engine-status";

let fake: Awaited<ReturnType<typeof startFakeInngest>>;
beforeAll(async () => {
  fake = await startFakeInngest();
  vi.stubEnv("INNGEST_DEV", fake.url);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await fake.close();
});

async function activeSession() {
  const { project } = await createOwnerWithProject(db);
  const session = await db.session.create({ data: { projectId: project.id, status: "active", startedAt: new Date(Date.now() - 60_000) } });
  return { project, session };
}

async function due() {
  // make every unsent row due now (instead of waiting out the backoff)
  await db.outboxEvent.updateMany({ where: { sentAt: null }, data: { availableAt: new Date(Date.now() - 1000) } });
}

describe("outbox", () => {
  it("ending a session writes session/completed with the state change, once", async () => {
    const { session, project } = await activeSession();
    const first = await endSession({ sessionId: session.id, reason: "ended" });
    await outboxDispatchSettled();
    const again = await endSession({ sessionId: session.id, reason: "ended" });
    expect(first.changed).toBe(true);
    expect(again.changed).toBe(false);
    expect(first.session.status).toBe("completed");
    expect(first.session.durationMs).toBeGreaterThanOrEqual(60_000);
    const rows = await db.outboxEvent.findMany({ where: { name: "session/completed" } });
    const mine = rows.filter((r) => (r.payload as { sessionId: string }).sessionId === session.id);
    expect(mine).toHaveLength(1);
    expect(mine[0].payload).toEqual({ sessionId: session.id, projectId: project.id, reason: "ended" });
  });

  it("a failed transaction leaves no outbox row", async () => {
    const { session, project } = await activeSession();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEvent(tx, { name: "session/completed", data: { sessionId: session.id, projectId: project.id, reason: "ended" } });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    const rows = await db.outboxEvent.findMany();
    expect(rows.some((r) => (r.payload as { sessionId: string }).sessionId === session.id)).toBe(false);
  });

  it("delivers rows to Inngest with the row id as event id and marks them sent", async () => {
    const { session, project } = await activeSession();
    const row = await enqueueEvent(db, {
      name: "session/completed",
      data: { sessionId: session.id, projectId: project.id, reason: "ended" },
    });
    await flushOutbox();
    const sent = await db.outboxEvent.findUniqueOrThrow({ where: { id: row.id } });
    expect(sent.sentAt).not.toBeNull();
    expect(sent.inngestEventId).toMatch(/^01FAKE/);
    expect(fake.received.filter((e) => e.id === row.id)).toEqual([
      expect.objectContaining({
        id: row.id,
        name: "session/completed",
        data: { sessionId: session.id, projectId: project.id, reason: "ended" },
      }),
    ]);
  });

  it("keeps events while Inngest is down, backs off, and delivers them once when it returns", async () => {
    const { session, project } = await activeSession();
    fake.setDown(true);
    const row = await enqueueEvent(db, {
      name: "session/completed",
      data: { sessionId: session.id, projectId: project.id, reason: "ended" },
    });
    const down = await dispatchOutbox();
    expect(down.failed).toBeGreaterThanOrEqual(1);
    const waiting = await db.outboxEvent.findUniqueOrThrow({ where: { id: row.id } });
    expect(waiting).toMatchObject({ sentAt: null, attempts: 1 });
    expect(waiting.lastError).toBeTruthy();
    expect(waiting.availableAt.getTime()).toBeGreaterThan(Date.now());
    expect((await getEngineStatus()).undelivered).toBeGreaterThanOrEqual(1);
    // still backing off: nothing is sent yet
    expect((await dispatchOutbox()).sent).toBe(0);

    fake.setDown(false);
    await due();
    await flushOutbox();
    await flushOutbox();
    expect((await db.outboxEvent.findUniqueOrThrow({ where: { id: row.id } })).sentAt).not.toBeNull();
    expect(fake.received.filter((e) => e.id === row.id)).toHaveLength(1);
    expect((await getEngineStatus()).undelivered).toBe(0);
  });

  it("concurrent dispatchers never send the same row twice", async () => {
    const { session, project } = await activeSession();
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      ids.push(
        (await enqueueEvent(db, { name: "session/completed", data: { sessionId: session.id, projectId: project.id, reason: "ended" } })).id,
      );
    }
    await Promise.all([
      dispatchOutbox({ limit: 10 }),
      dispatchOutbox({ limit: 10 }),
      dispatchOutbox({ limit: 10 }),
      dispatchOutbox({ limit: 10 }),
    ]);
    await flushOutbox();
    for (const id of ids) expect(fake.received.filter((e) => e.id === id)).toHaveLength(1);
  });
});
