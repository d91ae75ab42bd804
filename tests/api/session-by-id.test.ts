// GET /api/v1/sessions/:sessionId — a session found by its id alone (for `usertests session get
// <id>` without --project): the same detail as the project route for anyone who may read the
// session's project, and the same 404 as a missing session for everyone else (tenant isolation).
import { describe, expect, it } from "vitest";
import * as byId from "@/app/api/v1/sessions/[sessionId]/route";
import * as byProject from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/route";
import { db } from "@/lib/db";
import { addMember, createApiTokenFor, createOwnerWithProject, createSecretKeyFor, createUser } from "@/prisma/factories/identity";
import { createInterviewSession } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

async function setup() {
  const owner = await createOwnerWithProject(db);
  const { session } = await createInterviewSession(db, {
    projectId: owner.project.id,
    participantName: "Ana Lima",
    messages: [{ role: "participant", content: "The totals never match.", phase: "rapport" }],
  });
  const get = (token: string, sessionId = session.id) =>
    callRoute(byId.GET, { token, params: { sessionId }, path: `/api/v1/sessions/${sessionId}` });
  return { owner, session, get };
}

async function userWithRole(projectId: string, role: "viewer" | "member" | "admin") {
  const user = await createUser(db);
  await addMember(db, { projectId, userId: user.id, role });
  return createApiTokenFor(db, { userId: user.id });
}

describe("GET /api/v1/sessions/:sessionId", () => {
  it("answers the same detail as the project's route, for the owner, every member role and the project's secret key", async () => {
    const { owner, session, get } = await setup();
    const mine = await get(owner.token);
    expect(mine.status).toBe(200);
    const viaProject = await callRoute(byProject.GET, {
      token: owner.token,
      params: { projectId: owner.project.id, sessionId: session.id },
    });
    expect(mine.json).toEqual(viaProject.json);
    expect(mine.json.session).toMatchObject({ id: session.id, projectId: owner.project.id, participantName: "Ana Lima" });

    for (const role of ["viewer", "member", "admin"] as const) {
      expect((await get(await userWithRole(owner.project.id, role))).status, role).toBe(200);
    }
    expect((await get(await createSecretKeyFor(db, { projectId: owner.project.id }))).status).toBe(200);
  });

  it("is a 404 'Session not found' for a non-member and another project's secret key, exactly as for an unknown id", async () => {
    const { get } = await setup();
    const stranger = await createOwnerWithProject(db);
    const foreignKey = await createSecretKeyFor(db, { projectId: stranger.project.id });
    const missing = await get(stranger.token, "ses_does_not_exist");
    expect(missing).toMatchObject({ status: 404, json: { error: { code: "not_found", message: "Session not found" } } });
    for (const token of [stranger.token, foreignKey]) {
      const res = await get(token);
      expect(res.status).toBe(404);
      expect(res.json).toEqual(missing.json);
    }
  });

  it("needs a caller, and validates the id", async () => {
    const { session, owner } = await setup();
    expect((await callRoute(byId.GET, { params: { sessionId: session.id } })).status).toBe(401);
    const tooLong = await callRoute(byId.GET, { token: owner.token, params: { sessionId: "x".repeat(65) } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error.code).toBe("validation_failed");
  });
});
