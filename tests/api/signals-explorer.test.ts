// The signals explorer's API: every filter, quote search (a phrase in quotation marks), keyset
// pagination under a filter, and linking/unlinking evidence — refused to viewers without a change.
import { describe, expect, it } from "vitest";
import { GET as listSignals } from "@/app/api/v1/projects/[projectId]/signals/route";
import { DELETE as unlinkSignal, POST as linkSignal } from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/signals/[signalId]/route";
import { db } from "@/lib/db";
import { addMember, createApiTokenFor, createOwnerWithProject, createUser } from "@/prisma/factories/identity";
import { createSession, createSignal, createTask } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

type Row = { id: string; type: string; quote: string; intensity: number; confidence: number; tasks: { id: string; title: string }[] };

async function explorerProject() {
  const owner = await createOwnerWithProject(db);
  const projectId = owner.project.id;
  const ana = await createSession(db, { projectId, participantName: "Ana" });
  const ben = await createSession(db, { projectId, participantName: "Ben" });
  const day = (d: number) => new Date(Date.UTC(2026, 10, d, 12));
  const signals = [
    await createSignal(db, {
      projectId,
      sessionId: ana.id,
      type: "struggling_moment",
      quote: "The CSV export breaks every month",
      intensity: 0.9,
      confidence: 0.95,
      createdAt: day(1),
    }),
    await createSignal(db, {
      projectId,
      sessionId: ana.id,
      type: "workaround",
      quote: "I fix the export by hand in Excel",
      intensity: 0.5,
      confidence: 0.6,
      createdAt: day(2),
    }),
    await createSignal(db, {
      projectId,
      sessionId: ben.id,
      type: "struggling_moment",
      quote: "Reminders never reach my customers",
      intensity: 0.7,
      confidence: 0.4,
      createdAt: day(3),
    }),
    await createSignal(db, {
      projectId,
      sessionId: ben.id,
      type: "desired_outcome",
      quote: "I want the export to just work",
      intensity: 0.3,
      confidence: 0.9,
      createdAt: day(4),
    }),
  ];
  const task = await createTask(db, { projectId, title: "Fix the CSV export", signalIds: [signals[0].id] });
  return { ...owner, ana, ben, signals, task };
}

async function ids(token: string, projectId: string, qs: string): Promise<string[]> {
  const res = await callRoute(listSignals, { token, params: { projectId }, path: `/x?${qs}` });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.signals.map((s: Row) => s.id);
}

describe("signals explorer API", () => {
  it("filters by type, intensity, confidence, session, task and date", async () => {
    const {
      token,
      project,
      ben,
      signals: [a1, a2, b1, b2],
      task,
    } = await explorerProject();
    const p = project.id;
    expect(await ids(token, p, "type=struggling_moment")).toEqual([b1.id, a1.id]);
    expect(await ids(token, p, "minIntensity=0.6")).toEqual([b1.id, a1.id]);
    expect(await ids(token, p, "minConfidence=0.9")).toEqual([b2.id, a1.id]);
    expect(await ids(token, p, `sessionId=${ben.id}`)).toEqual([b2.id, b1.id]);
    expect(await ids(token, p, `taskId=${task.id}`)).toEqual([a1.id]);
    expect(await ids(token, p, "from=2026-11-02T00:00:00Z&to=2026-11-03T23:59:59Z")).toEqual([b1.id, a2.id]);
    expect(await ids(token, p, "type=struggling_moment&minConfidence=0.9")).toEqual([a1.id]);
    const bad = await callRoute(listSignals, { token, params: { projectId: p }, path: "/x?type=nope&minIntensity=2" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.details.fields).sort()).toEqual(["minIntensity", "type"]);
  });

  it("searches quotes case-insensitively, as a phrase, with or without quotation marks", async () => {
    const {
      token,
      project,
      signals: [a1, a2, , b2],
    } = await explorerProject();
    expect(await ids(token, project.id, "q=EXPORT")).toEqual([b2.id, a2.id, a1.id]);
    expect(await ids(token, project.id, `q=${encodeURIComponent('"export breaks"')}`)).toEqual([a1.id]);
    expect(await ids(token, project.id, `q=${encodeURIComponent("“by hand”")}`)).toEqual([a2.id]);
    expect(await ids(token, project.id, "q=breaks%20export")).toEqual([]);
  });

  it("pages through a filtered list with cursors, without gaps or repeats", async () => {
    const { token, project, ana } = await explorerProject();
    for (let i = 0; i < 7; i++)
      await createSignal(db, { projectId: project.id, sessionId: ana.id, type: "workaround", quote: `workaround ${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { json: { signals: Row[]; nextCursor: string | null } } = await callRoute(listSignals, {
        token,
        params: { projectId: project.id },
        path: `/x?type=workaround&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
      });
      expect(res.json.signals.every((s) => s.type === "workaround")).toBe(true);
      seen.push(...res.json.signals.map((s) => s.id));
      cursor = res.json.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
  });

  it("links and unlinks a signal for members; a viewer is refused and nothing changes", async () => {
    const {
      token,
      project,
      signals: [, a2],
      task,
    } = await explorerProject();
    const viewer = await createUser(db);
    await addMember(db, { projectId: project.id, userId: viewer.id, role: "viewer" });
    const viewerToken = await createApiTokenFor(db, { userId: viewer.id });
    const params = { projectId: project.id, taskId: task.id, signalId: a2.id };

    const refused = await callRoute(linkSignal, { method: "POST", token: viewerToken, params });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe("forbidden");
    expect(await db.taskSignal.count({ where: { taskId: task.id } })).toBe(1);
    // the viewer still reads the explorer
    expect(await ids(viewerToken, project.id, `taskId=${task.id}`)).toHaveLength(1);

    const linked = await callRoute(linkSignal, { method: "POST", token, params });
    expect(linked.status).toBe(200);
    expect(linked.json.task.signalCount).toBe(2);
    const rows = (await callRoute(listSignals, { token, params: { projectId: project.id }, path: `/x?taskId=${task.id}` })).json
      .signals as Row[];
    expect(rows.map((r) => r.id)).toContain(a2.id);
    expect(rows.find((r) => r.id === a2.id)!.tasks).toEqual([{ id: task.id, title: "Fix the CSV export" }]);

    expect((await callRoute(unlinkSignal, { method: "DELETE", token: viewerToken, params })).status).toBe(403);
    expect(await db.taskSignal.count({ where: { taskId: task.id } })).toBe(2);
    expect((await callRoute(unlinkSignal, { method: "DELETE", token, params })).status).toBe(200);
    expect(await db.taskSignal.count({ where: { taskId: task.id } })).toBe(1);
  });
});
