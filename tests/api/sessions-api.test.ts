// Sessions, signals and tasks through the API: filters, cursor pagination, detail, and reprocess
// (clears derived data, rescored tasks, outbox event) — all scoped to the caller's project.
import { describe, expect, it } from "vitest";
import { POST as reprocess } from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/reprocess/route";
import { DELETE as deleteSession, GET as getSession } from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/route";
import { GET as listSessions } from "@/app/api/v1/projects/[projectId]/sessions/route";
import { GET as listSignals } from "@/app/api/v1/projects/[projectId]/signals/route";
import { GET as listTasks } from "@/app/api/v1/projects/[projectId]/tasks/route";
import { PATCH as patchTask } from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/route";
import { DELETE as unlinkSignal, POST as linkSignal } from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/signals/[signalId]/route";
import { db } from "@/lib/db";
import { outboxDispatchSettled } from "@/lib/outbox/kick-dispatch";
import { recomputeTaskPriority } from "@/lib/tasks/recompute-task-priority";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession, createSignal, createTask } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

async function projectWithEvidence() {
  const owner = await createOwnerWithProject(db);
  const projectId = owner.project.id;
  const a = await createSession(db, {
    projectId,
    status: "completed",
    processingStatus: "processed",
    participantEmail: "ana@example.test",
  });
  const b = await createSession(db, {
    projectId,
    status: "completed",
    processingStatus: "processed",
    participantEmail: "ben@example.test",
  });
  const sa1 = await createSignal(db, {
    projectId,
    sessionId: a.id,
    type: "struggling_moment",
    quote: "the export breaks every month",
    intensity: 0.9,
  });
  const sa2 = await createSignal(db, {
    projectId,
    sessionId: a.id,
    type: "workaround",
    quote: "I copy everything into a spreadsheet",
    intensity: 0.4,
  });
  const sb1 = await createSignal(db, {
    projectId,
    sessionId: b.id,
    type: "struggling_moment",
    quote: "exporting takes me a whole afternoon",
    intensity: 0.7,
  });
  const shared = await createTask(db, { projectId, title: "Reliable export", signalIds: [sa1.id, sb1.id] });
  const onlyA = await createTask(db, { projectId, title: "Spreadsheet workaround", signalIds: [sa2.id] });
  for (const t of [shared, onlyA]) await recomputeTaskPriority(db, { taskId: t.id });
  await db.session.update({ where: { id: a.id }, data: { signalCount: 2, summary: "A summary" } });
  return { ...owner, a, b, shared, onlyA };
}

describe("sessions API", () => {
  it("lists with filters and stable cursor pagination", async () => {
    const { token, project } = await projectWithEvidence();
    for (let i = 0; i < 5; i++) await createSession(db, { projectId: project.id, status: "pending" });
    const params = { projectId: project.id };
    const completed = await callRoute(listSessions, { token, params, path: "/x?status=completed" });
    expect(completed.json.sessions).toHaveLength(2);
    expect(
      (await callRoute(listSessions, { token, params, path: "/x?q=ana" })).json.sessions.map(
        (s: { participantEmail: string }) => s.participantEmail,
      ),
    ).toEqual(["ana@example.test"]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { json: { sessions: { id: string }[]; nextCursor: string | null } } = await callRoute(listSessions, {
        token,
        params,
        path: `/x?limit=3${cursor ? `&cursor=${cursor}` : ""}`,
      });
      seen.push(...res.json.sessions.map((s) => s.id));
      cursor = res.json.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);

    const bad = await callRoute(listSessions, { token, params, path: "/x?status=nope&cursor=%%%" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.details.fields)).toContain("status");
  });

  it("detail carries the transcript, signals and processing history; other projects' sessions are 404", async () => {
    const { token, project, a } = await projectWithEvidence();
    const other = await createOwnerWithProject(db);
    const res = await callRoute(getSession, { token, params: { projectId: project.id, sessionId: a.id } });
    expect(res.status).toBe(200);
    expect(res.json.session.signals).toHaveLength(2);
    expect(res.json.session).toHaveProperty("processingRuns");
    expect(res.json.session).toHaveProperty("activity");
    expect((await callRoute(getSession, { token: other.token, params: { projectId: other.project.id, sessionId: a.id } })).status).toBe(
      404,
    );
  });

  it("reprocess clears derived data, rescores tasks and queues the event", async () => {
    const { token, project, a, shared, onlyA } = await projectWithEvidence();
    const before = await db.task.findUniqueOrThrow({ where: { id: shared.id } });
    const res = await callRoute(reprocess, { method: "POST", token, params: { projectId: project.id, sessionId: a.id } });
    await outboxDispatchSettled();
    expect(res.status).toBe(202);
    expect(res.json).toMatchObject({ sessionId: a.id, processingStatus: "pending", signalsRemoved: 2 });

    const session = await db.session.findUniqueOrThrow({ where: { id: a.id } });
    expect(session).toMatchObject({ processingStatus: "pending", signalCount: 0, summary: null });
    expect(await db.signal.count({ where: { sessionId: a.id } })).toBe(0);
    // the shared task keeps the other session's evidence and is rescored; the task only this session fed is gone
    const after = await db.task.findUniqueOrThrow({ where: { id: shared.id } });
    expect(after.signalCount).toBe(1);
    expect(after.priorityScore).toBeLessThan(before.priorityScore);
    expect(await db.task.findUnique({ where: { id: onlyA.id } })).toBeNull();
    const events = await db.outboxEvent.findMany({ where: { name: "session/reprocess.requested" } });
    expect(events.map((e) => e.payload)).toContainEqual({ sessionId: a.id, projectId: project.id, requestedBy: expect.any(String) });
    expect((await db.sessionActivity.findFirstOrThrow({ where: { sessionId: a.id, kind: "reprocess_requested" } })).data).toMatchObject({
      signalsRemoved: 2,
    });
  });

  it("reprocess refuses sessions that are not completed, or already processing (409), changing nothing", async () => {
    const { token, project } = await projectWithEvidence();
    const active = await createSession(db, { projectId: project.id, status: "active" });
    const busy = await createSession(db, { projectId: project.id, status: "completed", processingStatus: "processing" });
    for (const s of [active, busy]) {
      const res = await callRoute(reprocess, { method: "POST", token, params: { projectId: project.id, sessionId: s.id } });
      expect(res.status).toBe(409);
    }
    const events = await db.outboxEvent.findMany({ where: { name: "session/reprocess.requested" } });
    expect(events.filter((e) => [active.id, busy.id].includes((e.payload as { sessionId: string }).sessionId))).toEqual([]);
  });

  it("a session stuck in processing (no progress for 30 minutes) can be reprocessed", async () => {
    const { token, project } = await projectWithEvidence();
    const stuck = await createSession(db, { projectId: project.id, status: "completed", processingStatus: "processing" });
    const old = new Date(Date.now() - 31 * 60_000);
    const run = await db.processingRun.create({
      data: { projectId: project.id, sessionId: stuck.id, trigger: "completed", startedAt: old },
    });
    await db.$executeRaw`UPDATE "Session" SET "updatedAt" = ${old} WHERE id = ${stuck.id}`;
    const res = await callRoute(reprocess, { method: "POST", token, params: { projectId: project.id, sessionId: stuck.id } });
    expect(res.status).toBe(202);
    expect((await db.processingRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe("failed");
    expect((await db.session.findUniqueOrThrow({ where: { id: stuck.id } })).processingStatus).toBe("pending");
  });

  it("deleting a session removes its evidence and rescores its tasks", async () => {
    const { token, project, b, shared } = await projectWithEvidence();
    const res = await callRoute(deleteSession, { method: "DELETE", token, params: { projectId: project.id, sessionId: b.id } });
    expect(res.status).toBe(200);
    expect(await db.session.findUnique({ where: { id: b.id } })).toBeNull();
    expect((await db.task.findUniqueOrThrow({ where: { id: shared.id } })).signalCount).toBe(1);
  });
});

describe("signals and tasks API", () => {
  it("filters signals by type, intensity, task and quote text", async () => {
    const { token, project, shared } = await projectWithEvidence();
    const params = { projectId: project.id };
    const quotes = async (qs: string) =>
      (await callRoute(listSignals, { token, params, path: `/x?${qs}` })).json.signals.map((s: { quote: string }) => s.quote).sort();
    expect(await quotes("type=workaround")).toEqual(["I copy everything into a spreadsheet"]);
    expect(await quotes("minIntensity=0.8")).toEqual(["the export breaks every month"]);
    expect(await quotes(`taskId=${shared.id}`)).toEqual(["exporting takes me a whole afternoon", "the export breaks every month"]);
    expect(await quotes("q=SPREADSHEET")).toEqual(["I copy everything into a spreadsheet"]);
  });

  it("lists tasks by priority", async () => {
    const { token, project } = await projectWithEvidence();
    const res = await callRoute(listTasks, { token, params: { projectId: project.id } });
    const scores = res.json.tasks.map((t: { priorityScore: number }) => t.priorityScore);
    expect(scores).toEqual([...scores].sort((x: number, y: number) => y - x));
    expect(res.json.tasks[0].title).toBe("Reliable export");
  });
});

describe("task edits and evidence links", () => {
  it("PATCH changes documented fields, records status history, and refuses anything else", async () => {
    const { token, project, shared, user } = await projectWithEvidence();
    const params = { projectId: project.id, taskId: shared.id };
    const res = await callRoute(patchTask, { method: "PATCH", token, params, body: { status: "ready", effort: "m" } });
    expect(res.status).toBe(200);
    expect(res.json.task).toMatchObject({ status: "ready", effort: "m" });
    const history = await db.taskStatusChange.findMany({ where: { taskId: shared.id } });
    expect(history).toEqual([expect.objectContaining({ fromStatus: "backlog", toStatus: "ready", actorUserId: user.id })]);

    const bad = await callRoute(patchTask, { method: "PATCH", token, params, body: { priorityScore: 100 } });
    expect(bad.status).toBe(400);
    expect((await db.task.findUniqueOrThrow({ where: { id: shared.id } })).priorityScore).toBeLessThan(100);
    expect((await callRoute(patchTask, { method: "PATCH", token, params, body: { status: "shipped" } })).status).toBe(400);
  });

  it("link and unlink rescore the task; another project's signal is not found", async () => {
    const { token, project, onlyA, a } = await projectWithEvidence();
    const extra = await createSignal(db, {
      projectId: project.id,
      sessionId: a.id,
      type: "firing_moment",
      quote: "my accountant sent it all back",
      intensity: 1,
    });
    const params = { projectId: project.id, taskId: onlyA.id, signalId: extra.id };
    const before = (await db.task.findUniqueOrThrow({ where: { id: onlyA.id } })).priorityScore;
    const linked = await callRoute(linkSignal, { method: "POST", token, params });
    expect(linked.status).toBe(200);
    const mid = await db.task.findUniqueOrThrow({ where: { id: onlyA.id } });
    expect(mid.signalCount).toBe(2);
    expect(mid.priorityScore).toBeGreaterThan(before);
    expect((await callRoute(linkSignal, { method: "POST", token, params })).status).toBe(200); // idempotent
    expect(await db.taskSignal.count({ where: { taskId: onlyA.id } })).toBe(2);
    expect((await callRoute(unlinkSignal, { method: "DELETE", token, params })).status).toBe(200);
    expect((await db.task.findUniqueOrThrow({ where: { id: onlyA.id } })).signalCount).toBe(1);

    const other = await projectWithEvidence();
    const foreign = await createSignal(db, { projectId: other.project.id, sessionId: other.a.id });
    const res = await callRoute(linkSignal, { method: "POST", token, params: { ...params, signalId: foreign.id } });
    expect(res.status).toBe(404);
    expect(await db.taskSignal.count({ where: { signalId: foreign.id } })).toBe(0);
  });
});

describe("tasks API search", () => {
  it("q finds tasks whose title holds every word, in any order and case, beyond the first page", async () => {
    const { token, project } = await createOwnerWithProject(db);
    for (let i = 0; i < 30; i++) await createTask(db, { projectId: project.id, title: `Filler task ${i}` });
    const wanted = await createTask(db, { projectId: project.id, title: "Export VAT rates per client" });
    await createTask(db, { projectId: project.id, title: "Export invoices" });
    const params = { projectId: project.id };
    const found = await callRoute(listTasks, { token, params, path: "/x?q=client%20EXPORT&limit=5" });
    expect(found.status).toBe(200);
    expect(found.json.tasks.map((t: { id: string }) => t.id)).toEqual([wanted.id]);
    expect((await callRoute(listTasks, { token, params, path: "/x?q=export" })).json.tasks).toHaveLength(2);
    expect((await callRoute(listTasks, { token, params, path: `/x?q=${"x".repeat(201)}` })).status).toBe(400);
  });
});
