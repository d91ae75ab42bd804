// The erasure requests API: an admin asks to erase a participant by email (202, one request and one
// job per person at a time), reads the requests and receipts, and asks "did you erase X?" by email.
// Validation, roles and tenancy as for every project route.
import { describe, expect, it } from "vitest";
import * as listRoute from "@/app/api/v1/projects/[projectId]/erasures/route";
import * as oneRoute from "@/app/api/v1/projects/[projectId]/erasures/[erasureId]/route";
import { db } from "@/lib/db";
import { participantEmailHash } from "@/lib/privacy/participant-email";
import { addMember, createApiTokenFor, createOwnerWithProject, createSecretKeyFor, createUser } from "@/prisma/factories/identity";
import { callRoute } from "../helpers/call-route";

const erase = (projectId: string, token: string, body: unknown) =>
  callRoute(listRoute.POST, { method: "POST", token, params: { projectId }, body });

describe("POST /erasures", () => {
  it("queues one request per person: 202, the keyed hash, the email sealed, an outbox event and an audit entry", async () => {
    const { project, token, user } = await createOwnerWithProject(db);
    const res = await erase(project.id, token, { email: "  Ana.Lopez@Example.TEST " });
    expect(res.status, JSON.stringify(res.json)).toBe(202);
    const e = res.json.erasure;
    expect(e).toMatchObject({
      status: "pending",
      emailHash: participantEmailHash("ana.lopez@example.test"),
      requestedBy: { kind: "user", id: user.id },
      progress: {},
      githubNote: null,
      error: null,
      startedAt: null,
      completedAt: null,
    });
    expect(e.emailHash).toMatch(/^[0-9a-f]{64}$/);
    expect(e.removed).toMatchObject({ sessions: 0, screenerResponses: 0, signals: 0, mediaObjects: 0 });
    expect(JSON.stringify(res.json)).not.toMatch(/ana/i);

    const row = await db.erasureRequest.findUniqueOrThrow({ where: { id: e.id } });
    expect(row.emailCiphertext).toBeTruthy();
    expect(row.emailCiphertext).not.toMatch(/ana/i);
    const events = await db.outboxEvent.findMany({ where: { name: "privacy/erasure.requested" } });
    expect(events.map((x) => x.payload)).toContainEqual({ projectId: project.id, erasureId: e.id });
    const audit = await db.auditEvent.findMany({ where: { projectId: project.id, action: "participant.erasure_requested" } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/ana/i);

    // the same person again (any case) while it is pending: the same request, no second job
    const again = await erase(project.id, token, { email: "ana.lopez@example.test" });
    expect(again.status).toBe(202);
    expect(again.json.erasure.id).toBe(e.id);
    expect(await db.erasureRequest.count({ where: { projectId: project.id } })).toBe(1);
    expect(await db.outboxEvent.count({ where: { name: "privacy/erasure.requested" } })).toBe(events.length);

    // once it is finished, a new request is a new job
    await db.erasureRequest.update({ where: { id: e.id }, data: { status: "completed", emailCiphertext: null } });
    const later = await erase(project.id, token, { email: "ana.lopez@example.test" });
    expect(later.json.erasure.id).not.toBe(e.id);
  });

  it("refuses a secret key: it acts as a member, and erasure is for admins", async () => {
    const { project } = await createOwnerWithProject(db);
    const key = await createSecretKeyFor(db, { projectId: project.id });
    expect((await erase(project.id, key, { email: "x@example.test" })).status).toBe(403);
  });

  it("refuses a body without a valid email (400), members (403) and other projects (404)", async () => {
    const { project, token } = await createOwnerWithProject(db);
    for (const body of [{}, { email: "" }, { email: "not-an-email" }, { email: "a@example.test", extra: 1 }]) {
      const res = await erase(project.id, token, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.code).toBe("validation_failed");
    }
    const member = await createUser(db);
    await addMember(db, { projectId: project.id, userId: member.id, role: "member" });
    const memberToken = await createApiTokenFor(db, { userId: member.id });
    expect((await erase(project.id, memberToken, { email: "a@example.test" })).status).toBe(403);
    expect((await callRoute(listRoute.GET, { token: memberToken, params: { projectId: project.id } })).status).toBe(403);

    const other = await createOwnerWithProject(db);
    expect((await erase(project.id, other.token, { email: "a@example.test" })).status).toBe(404);
    expect(await db.erasureRequest.count({ where: { projectId: project.id } })).toBe(0);
  });
});

describe("GET /erasures", () => {
  it("lists newest first, answers 'did you erase X?' by email, and reads one request", async () => {
    const { project, token } = await createOwnerWithProject(db);
    const first = (await erase(project.id, token, { email: "ana@example.test" })).json.erasure;
    const second = (await erase(project.id, token, { email: "ben@example.test" })).json.erasure;

    const all = await callRoute(listRoute.GET, { token, params: { projectId: project.id } });
    expect(all.status).toBe(200);
    expect(all.json.erasures.map((e: { id: string }) => e.id)).toEqual([second.id, first.id]);

    const ana = await callRoute(listRoute.GET, { token, params: { projectId: project.id }, path: "/x?email=ANA@example.test" });
    expect(ana.status).toBe(200);
    expect(ana.json.erasures.map((e: { id: string }) => e.id)).toEqual([first.id]);
    const nobody = await callRoute(listRoute.GET, { token, params: { projectId: project.id }, path: "/x?email=carl@example.test" });
    expect(nobody.json.erasures).toEqual([]);
    const bad = await callRoute(listRoute.GET, { token, params: { projectId: project.id }, path: "/x?email=nope" });
    expect(bad.status).toBe(400);

    const one = await callRoute(oneRoute.GET, { token, params: { projectId: project.id, erasureId: first.id } });
    expect(one.status).toBe(200);
    expect(one.json.erasure).toEqual(first);

    // another project's request is not found through this project
    const other = await createOwnerWithProject(db);
    const foreign = await callRoute(oneRoute.GET, { token: other.token, params: { projectId: other.project.id, erasureId: first.id } });
    expect(foreign.status).toBe(404);
  });
});
