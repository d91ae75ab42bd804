// The display rule of PII redaction (ADR 015): the session detail shows placeholders unless the
// project opted in to keep originals AND the viewer is an admin (or owner).
import { describe, expect, it } from "vitest";
import * as byProject from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/route";
import * as projectRoute from "@/app/api/v1/projects/[projectId]/route";
import * as signalsRoute from "@/app/api/v1/projects/[projectId]/signals/route";
import { db } from "@/lib/db";
import { addMember, createApiTokenFor, createOwnerWithProject, createUser } from "@/prisma/factories/identity";
import { createInterviewSession, createSignal } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

const SAID = "Reach me at jane.doe@example.com or 415-555-0132.";
const REDACTED = "Reach me at [email] or [phone].";

async function setup() {
  const owner = await createOwnerWithProject(db);
  const { session } = await createInterviewSession(db, {
    projectId: owner.project.id,
    messages: [{ role: "participant", content: SAID, phase: "rapport" }],
  });
  const tokenFor = async (role: "viewer" | "member" | "admin") => {
    const user = await createUser(db);
    await addMember(db, { projectId: owner.project.id, userId: user.id, role });
    return createApiTokenFor(db, { userId: user.id });
  };
  const said = async (token: string) => {
    const res = await callRoute(byProject.GET, { token, params: { projectId: owner.project.id, sessionId: session.id } });
    expect(res.status).toBe(200);
    return (res.json.session.messages as { content: string }[]).map((m) => m.content);
  };
  return { owner, session, tokenFor, said };
}

describe("session detail redaction", () => {
  it("is redacted for everyone, owner included, while the project keeps the default", async () => {
    const { owner, tokenFor, said } = await setup();
    expect(await said(owner.token)).toEqual([REDACTED]);
    expect(await said(await tokenFor("admin"))).toEqual([REDACTED]);
    expect(await said(await tokenFor("viewer"))).toEqual([REDACTED]);
  });

  it("shows the original to admins and owners only, once the project opts in through settings", async () => {
    const { owner, tokenFor, said } = await setup();
    const patch = await callRoute(projectRoute.PATCH, {
      token: owner.token,
      method: "PATCH",
      params: { projectId: owner.project.id },
      body: { keepOriginalText: true },
    });
    expect(patch.status).toBe(200);
    expect(await said(owner.token)).toEqual([SAID]);
    expect(await said(await tokenFor("admin"))).toEqual([SAID]);
    expect(await said(await tokenFor("member"))).toEqual([REDACTED]);
    expect(await said(await tokenFor("viewer"))).toEqual([REDACTED]);
  });

  it("redacts a signal quote stored raw (before redaction existed) in the signals explorer", async () => {
    const { owner, session } = await setup();
    await createSignal(db, { projectId: owner.project.id, sessionId: session.id, quote: SAID });
    const res = await callRoute(signalsRoute.GET, { token: owner.token, params: { projectId: owner.project.id } });
    expect(res.status).toBe(200);
    expect(res.json.signals.map((s: { quote: string }) => s.quote)).toEqual([REDACTED]);
  });
});
