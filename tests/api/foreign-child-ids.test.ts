// Every route that names a child record (task, session, screener, implementation…) under a project
// answers 404 when the child belongs to another project — even to the other project's owner — and
// changes nothing. A route that looked the child up by its id alone would leak or change another
// tenant's data through a project the caller does belong to.
import { describe, expect, it } from "vitest";
import * as followUp from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/follow-up-invitations/route";
import * as implementationRoute from "@/app/api/v1/projects/[projectId]/implementations/[implementationId]/route";
import * as screenerResponses from "@/app/api/v1/projects/[projectId]/screeners/[screenerId]/responses/route";
import * as screenerRoute from "@/app/api/v1/projects/[projectId]/screeners/[screenerId]/route";
import * as sessionEvents from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/events/route";
import * as mediaIndex from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/media/[kind]/[index]/route";
import * as mediaList from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/media/[kind]/route";
import * as reprocess from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/reprocess/route";
import * as sessionRoute from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/route";
import * as taskImplementations from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/implementations/route";
import * as taskRoute from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/route";
import * as taskSignal from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/signals/[signalId]/route";
import { db } from "@/lib/db";
import { callRoute } from "@/tests/helpers/call-route";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener, createSignal, createTask } from "@/prisma/factories/research";

async function twoTenants() {
  // the caller owns BOTH projects: only the pairing of project and child is wrong
  const mine = await createOwnerWithProject(db);
  const theirs = await createOwnerWithProject(db);
  await db.membership.create({ data: { projectId: theirs.project.id, userId: mine.user.id, role: "owner" } });
  const session = await db.session.create({
    data: { projectId: theirs.project.id, status: "completed", consentFollowUp: true, participantEmail: "p@example.test" },
  });
  const signal = await createSignal(db, { projectId: theirs.project.id, sessionId: session.id });
  const task = await createTask(db, { projectId: theirs.project.id, signalIds: [signal.id] });
  const otherSignal = await createSignal(db, { projectId: theirs.project.id, sessionId: session.id });
  const screener = await createScreener(db, { projectId: theirs.project.id, questions: [] });
  const implementation = await db.implementation.create({ data: { projectId: theirs.project.id, taskId: task.id } });
  return { token: mine.token, projectId: mine.project.id, session, signal, otherSignal, task, screener, implementation };
}

describe("child ids of another project", () => {
  it("are 404 on every read and write, and nothing changes", async () => {
    const t = await twoTenants();
    const p = { projectId: t.projectId };
    const calls: [string, Parameters<typeof callRoute>[0], Parameters<typeof callRoute>[1]][] = [
      ["GET task", taskRoute.GET, { params: { ...p, taskId: t.task.id } }],
      ["PATCH task", taskRoute.PATCH, { method: "PATCH", params: { ...p, taskId: t.task.id }, body: { title: "Renamed" } }],
      ["GET follow-up invitations", followUp.GET, { params: { ...p, taskId: t.task.id } }],
      ["POST follow-up invitations", followUp.POST, { method: "POST", params: { ...p, taskId: t.task.id }, body: {} }],
      ["GET task implementations", taskImplementations.GET, { params: { ...p, taskId: t.task.id } }],
      ["POST task signal", taskSignal.POST, { method: "POST", params: { ...p, taskId: t.task.id, signalId: t.otherSignal.id } }],
      ["DELETE task signal", taskSignal.DELETE, { method: "DELETE", params: { ...p, taskId: t.task.id, signalId: t.signal.id } }],
      ["GET implementation", implementationRoute.GET, { params: { ...p, implementationId: t.implementation.id } }],
      ["GET session", sessionRoute.GET, { params: { ...p, sessionId: t.session.id } }],
      ["DELETE session", sessionRoute.DELETE, { method: "DELETE", params: { ...p, sessionId: t.session.id } }],
      ["GET session events", sessionEvents.GET, { params: { ...p, sessionId: t.session.id } }],
      ["GET session media", mediaList.GET, { params: { ...p, sessionId: t.session.id, kind: "audio" } }],
      ["GET session media bytes", mediaIndex.GET, { params: { ...p, sessionId: t.session.id, kind: "audio", index: "0" } }],
      ["POST reprocess", reprocess.POST, { method: "POST", params: { ...p, sessionId: t.session.id } }],
      ["GET screener", screenerRoute.GET, { params: { ...p, screenerId: t.screener.id } }],
      ["PATCH screener", screenerRoute.PATCH, { method: "PATCH", params: { ...p, screenerId: t.screener.id }, body: { title: "Renamed" } }],
      ["GET screener responses", screenerResponses.GET, { params: { ...p, screenerId: t.screener.id } }],
    ];
    for (const [name, handler, opts] of calls) {
      const res = await callRoute(handler, { token: t.token, ...opts });
      expect([name, res.status, res.json?.error?.code]).toEqual([name, 404, "not_found"]);
    }
    // nothing changed
    expect((await db.task.findUniqueOrThrow({ where: { id: t.task.id } })).title).toBe(t.task.title);
    expect(await db.taskSignal.count({ where: { taskId: t.task.id } })).toBe(1);
    expect((await db.screener.findUniqueOrThrow({ where: { id: t.screener.id } })).title).toBe(t.screener.title);
    expect(await db.session.findUnique({ where: { id: t.session.id } })).not.toBeNull();
    expect(await db.screener.count({ where: { projectId: t.projectId } })).toBe(0);
  });
});
