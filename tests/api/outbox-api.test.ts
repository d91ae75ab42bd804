// Operators see and retry undelivered outbox events through the API, the session detail says a
// session waits for the job engine, and /api/health turns "degraded" (200) with a reason once the
// oldest undelivered event is older than OUTBOX_STALE_AFTER_SECONDS. Real PostgreSQL; the real
// Inngest SDK sends to a loopback fake of Inngest's event API that can be down.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

// before any app module reads the environment (lib/env.ts caches it; the SDK reads INNGEST_DEV)
const fake = await vi.hoisted(async () => {
  const { startFakeInngest } = await import("@/tests/fakes/fake-inngest");
  const server = await startFakeInngest();
  process.env.INNGEST_DEV = server.url;
  return server;
});
afterAll(() => fake.close());
beforeEach(async () => {
  fake.setDown(false);
  // each test starts from an empty outbox: health is about the whole outbox
  await db.outboxEvent.updateMany({ where: { sentAt: null }, data: { sentAt: new Date() } });
});

const outbox = await import("@/app/api/v1/projects/[projectId]/outbox/route");
const retry = await import("@/app/api/v1/projects/[projectId]/outbox/retry/route");
const sessionRoute = await import("@/app/api/v1/projects/[projectId]/sessions/[sessionId]/route");
const health = await import("@/app/api/health/route");
const { dispatchOutbox } = await import("@/lib/outbox/dispatch-outbox");

const target = `${fake.url}/`;

async function endedSession(projectId: string, ageMs = 0) {
  const session = await createSession(db, { projectId, status: "completed", processingStatus: "pending" });
  const event = await enqueueEvent(db, { name: "session/completed", data: { sessionId: session.id, projectId, reason: "ended" } });
  if (ageMs) await db.outboxEvent.update({ where: { id: event.id }, data: { createdAt: new Date(Date.now() - ageMs) } });
  return { session, event };
}

describe("GET /api/v1/projects/:id/outbox", () => {
  it("lists the project's undelivered events with why they wait, and no other project's", async () => {
    const a = await createOwnerWithProject(db);
    const b = await createOwnerWithProject(db);
    const { session, event } = await endedSession(a.project.id);
    await endedSession(b.project.id);
    fake.setDown(true);
    await dispatchOutbox();

    const res = await callRoute(outbox.GET, { token: a.token, params: { projectId: a.project.id } });
    expect(res.status).toBe(200);
    expect(res.json.events).toEqual([
      expect.objectContaining({
        id: event.id,
        name: "session/completed",
        sessionId: session.id,
        attempts: 1,
        lastError: expect.stringContaining("fake inngest is down"),
      }),
    ]);
    expect(res.json.events[0]).toHaveProperty("createdAt");
    expect(res.json.events[0]).toHaveProperty("availableAt");
    expect(res.json.engine).toMatchObject({ undelivered: 1, sessionsWaiting: 1, stalled: false, target: { url: target, mode: "dev" } });
  });
});

describe("POST /api/v1/projects/:id/outbox/retry", () => {
  it("delivers events still in backoff now, and says what stays undelivered while the engine is down", async () => {
    const { project, token } = await createOwnerWithProject(db);
    const first = await endedSession(project.id);
    const second = await endedSession(project.id);
    fake.setDown(true);
    await dispatchOutbox(); // both fail and back off

    const down = await callRoute(retry.POST, { method: "POST", token, params: { projectId: project.id } });
    expect(down.status).toBe(200);
    expect(down.json.sent).toEqual([]);
    expect(down.json.target).toBe(target);
    expect(down.json.undelivered.map((e: { id: string }) => e.id).sort()).toEqual([first.event.id, second.event.id].sort());
    expect(down.json.undelivered[0]).toMatchObject({ attempts: 2, lastError: expect.stringContaining("fake inngest is down") });

    fake.setDown(false);
    const up = await callRoute(retry.POST, { method: "POST", token, params: { projectId: project.id }, body: { ids: [first.event.id] } });
    expect(up.json).toEqual({ target, sent: [first.event.id], undelivered: [] });
    expect(fake.received.filter((e) => e.id === first.event.id)).toHaveLength(1);
    expect(fake.received.some((e) => e.id === second.event.id)).toBe(false);
    expect((await db.outboxEvent.findUniqueOrThrow({ where: { id: second.event.id } })).sentAt).toBeNull();
  });

  it("refuses ids that are not undelivered events of the project, and malformed bodies, changing nothing", async () => {
    const a = await createOwnerWithProject(db);
    const b = await createOwnerWithProject(db);
    const theirs = await endedSession(b.project.id);
    const foreign = await callRoute(retry.POST, {
      method: "POST",
      token: a.token,
      params: { projectId: a.project.id },
      body: { ids: [theirs.event.id] },
    });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error.code).toBe("not_found");
    expect(fake.received.some((e) => e.id === theirs.event.id)).toBe(false);

    const empty = await callRoute(retry.POST, { method: "POST", token: a.token, params: { projectId: a.project.id }, body: { ids: [] } });
    expect(empty.status).toBe(400);
    expect(empty.json.error.code).toBe("validation_failed");
    const unknownField = await callRoute(retry.POST, {
      method: "POST",
      token: a.token,
      params: { projectId: a.project.id },
      body: { all: true },
    });
    expect(unknownField.status).toBe(400);
  });
});

describe("session detail while its event waits in the outbox", () => {
  it("says since when it waits for the job engine and why, until the event is delivered", async () => {
    const { project, token } = await createOwnerWithProject(db);
    const { session, event } = await endedSession(project.id);
    fake.setDown(true);
    await dispatchOutbox();

    const waiting = await callRoute(sessionRoute.GET, { token, params: { projectId: project.id, sessionId: session.id } });
    expect(waiting.json.session.waitingForJobEngine).toMatchObject({
      eventId: event.id,
      eventName: "session/completed",
      since: event.createdAt.toISOString(),
      attempts: 1,
      lastError: expect.stringContaining("fake inngest is down"),
      target: { url: target, mode: "dev" },
      remedy: expect.stringContaining("npm run outbox:flush"),
    });

    fake.setDown(false);
    await callRoute(retry.POST, { method: "POST", token, params: { projectId: project.id } });
    const delivered = await callRoute(sessionRoute.GET, { token, params: { projectId: project.id, sessionId: session.id } });
    expect(delivered.json.session.waitingForJobEngine).toBeNull();
  });
});

describe("/api/health and the outbox", () => {
  it("is ok while undelivered events are younger than the threshold", async () => {
    const { project } = await createOwnerWithProject(db);
    await endedSession(project.id, 60_000);
    const res = await health.GET();
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ status: "ok", reasons: [], components: { outbox: { status: "ok", backlog: 1, stalled: false } } });
  });

  it("is degraded (HTTP 200) with a reason naming the engine, the wait and the last error once the oldest is older", async () => {
    const { project } = await createOwnerWithProject(db);
    await endedSession(project.id, 11 * 60_000);
    await endedSession(project.id, 2 * 60_000);
    fake.setDown(true);
    await dispatchOutbox();

    const res = await health.GET();
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body.status).toBe("degraded");
    expect(body.components.outbox).toMatchObject({
      status: "ok",
      backlog: 2,
      sessionsWaiting: 2,
      stalled: true,
      staleAfterSeconds: 300,
      target,
    });
    expect(body.components.outbox.oldestAgeSeconds).toBeGreaterThanOrEqual(660);
    expect(body.reasons).toHaveLength(1);
    expect(body.reasons[0]).toContain(
      `Processing is paused: the job engine at ${target} has not accepted events for 11 min; 2 sessions waiting`,
    );
    expect(body.reasons[0]).toContain("fake inngest is down");
    expect(body.reasons[0]).toContain("npm run outbox:flush");

    // what an anonymous caller of a production server sees: what is wrong, never where or the raw error
    const { checkHealth } = await import("@/lib/health/check-health");
    const publicView = await checkHealth({ internals: false });
    expect(publicView.status).toBe("degraded");
    expect(publicView.reasons[0]).toContain("Processing is paused: the job engine has not accepted events for 11 min; 2 sessions waiting");
    expect(JSON.stringify(publicView)).not.toContain(target);
    expect(JSON.stringify(publicView)).not.toContain("fake inngest is down");
  });
});
