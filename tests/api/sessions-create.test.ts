// POST /api/v1/projects/:projectId/sessions: a researcher opens a session for a participant and
// gets the interview link to send; bad input changes nothing.
import { describe, expect, it } from "vitest";
import { GET as participantSession } from "@/app/api/sdk/sessions/[sessionId]/route";
import { POST as createSession } from "@/app/api/v1/projects/[projectId]/sessions/route";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

describe("POST …/sessions", () => {
  it("opens a pending session with the participant and consents given, and answers its interview link", async () => {
    const { token, project, publicKey } = await createOwnerWithProject(db);
    const screener = await createScreener(db, { projectId: project.id });
    const res = await callRoute(createSession, {
      method: "POST",
      token,
      params: { projectId: project.id },
      body: {
        participant: { name: "Ana Lima", email: "Ana@Example.test" },
        externalId: "crm-42",
        mode: "voice",
        screenerId: screener.id,
        consent: { recording: true },
      },
    });
    expect(res.status).toBe(201);
    expect(res.json.session).toMatchObject({
      status: "pending",
      mode: "voice",
      participantName: "Ana Lima",
      participantEmail: "ana@example.test",
      externalId: "crm-42",
      screenerId: screener.id,
      consents: { recording: true, analytics: false, followUp: false },
    });
    const url = new URL(res.json.interviewUrl);
    expect(url.pathname).toBe(`/u/interview/${res.json.session.id}`);
    expect(url.searchParams.get("key")).toBe(publicKey);

    // the link works for the participant: the public key reads that session
    const seen = await callRoute(participantSession, { path: `/x?key=${publicKey}`, params: { sessionId: res.json.session.id } });
    expect(seen.status).toBe(200);
    const row = await db.session.findUniqueOrThrow({ where: { id: res.json.session.id }, include: { activity: true } });
    expect(row).toMatchObject({ projectId: project.id, consentRecording: true, consentAnalytics: false });
    expect(row.activity.map((a) => a.kind)).toEqual(["created"]);
  });

  it("defaults to a text interview without consents", async () => {
    const { token, project } = await createOwnerWithProject(db);
    const res = await callRoute(createSession, { method: "POST", token, params: { projectId: project.id }, body: {} });
    expect(res.status).toBe(201);
    expect(res.json.session).toMatchObject({
      mode: "text",
      participantName: null,
      consents: { recording: false, analytics: false, followUp: false },
    });
  });

  it("refuses bad input and another project's screener, storing nothing", async () => {
    const { token, project } = await createOwnerWithProject(db);
    const other = await createOwnerWithProject(db);
    const foreign = await createScreener(db, { projectId: other.project.id });
    const params = { projectId: project.id };
    const cases: [unknown, number][] = [
      [{ participant: { email: "not an email" } }, 400],
      [{ mode: "async" }, 400],
      [{ consent: { recording: "yes" } }, 400],
      [{ projectId: other.project.id }, 400],
      [{ screenerId: foreign.id }, 404],
    ];
    for (const [body, status] of cases) {
      const res = await callRoute(createSession, { method: "POST", token, params, body });
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.json.error.code).toBeTruthy();
    }
    expect(await db.session.count({ where: { projectId: project.id } })).toBe(0);
  });
});
