// Share links against real PostgreSQL: created by members with the URL answered once (only the
// token's hash stored), listed and revoked (idempotent), refused across projects; the public page's
// data redacted and without identities; clips served with Range only for what the link shares.
import { describe, expect, it } from "vitest";
import { DELETE as revokeRoute } from "@/app/api/v1/projects/[projectId]/share-links/[shareLinkId]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/projects/[projectId]/share-links/route";
import { GET as clipRoute } from "@/app/api/share/[token]/clips/[signalId]/[kind]/route";
import { db } from "@/lib/db";
import { hashSecret } from "@/lib/security/secret-tokens";
import { getSharedEvidence } from "@/lib/sharing/get-shared-evidence";
import { sharePageGate } from "@/lib/sharing/share-page-gate";
import { mediaStorage } from "@/lib/storage";
import { addMember, createApiTokenFor, createOwnerWithProject, createUser } from "@/prisma/factories/identity";
import { createAudioRecording } from "@/prisma/factories/media";
import { createSession } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

/** A project with a task backed by two participants' quotes (one with an email in it) and a recording of the first session. */
async function sharedTaskProject() {
  const owner = await createOwnerWithProject(db);
  const projectId = owner.project.id;
  const member = await createUser(db);
  await addMember(db, { projectId, userId: member.id, role: "member" });
  const memberToken = await createApiTokenFor(db, { userId: member.id });
  const first = await createSession(db, {
    projectId,
    participantName: "Ana Pérez",
    participantEmail: "ana.perez@example.test",
    mode: "voice",
  });
  const second = await createSession(db, { projectId, participantName: "Bo Lind", participantEmail: "bo@example.test" });
  await createAudioRecording(db, mediaStorage(), {
    projectId,
    sessionId: first.id,
    durationMs: 60_000,
    segmentMs: 30_000,
    timesliceMs: 5_000,
  });
  const task = await db.task.create({ data: { projectId, title: "Exporting invoices", description: "People retype invoices by hand." } });
  const loud = await db.signal.create({
    data: {
      projectId,
      sessionId: first.id,
      type: "workaround",
      quote: "mail it to ana.perez@example.test and I retype it",
      confidence: 0.9,
      intensity: 0.9,
      offsetMs: 42_000,
    },
  });
  const quiet = await db.signal.create({
    data: {
      projectId,
      sessionId: second.id,
      type: "struggling_moment",
      quote: "I give up at the export",
      confidence: 0.8,
      intensity: 0.4,
      offsetMs: 3_000,
    },
  });
  for (const s of [loud, quiet])
    await db.taskSignal.create({ data: { taskId: task.id, signalId: s.id, signalIntensity: s.intensity, signalCreatedAt: s.createdAt } });
  // a signal of the same project that the task does not have
  const unrelated = await db.signal.create({
    data: {
      projectId,
      sessionId: first.id,
      type: "desired_outcome",
      quote: "Something else",
      confidence: 0.5,
      intensity: 0.5,
      offsetMs: 10_000,
    },
  });
  return { ...owner, projectId, member, memberToken, first, second, task, loud, quiet, unrelated };
}

async function share(token: string, projectId: string, body: Record<string, unknown>) {
  return callRoute(createRoute, { method: "POST", token, params: { projectId }, body });
}

function tokenOf(url: string) {
  return decodeURIComponent(new URL(url).pathname.split("/")[2]);
}

function clip(token: string, signalId: string, kind = "audio", headers: Record<string, string> = {}) {
  const req = new Request("http://localhost:3000/api/x", { headers });
  return clipRoute(req, { params: Promise.resolve({ token, signalId, kind }) });
}

describe("share links API", () => {
  it("a member shares a task: the URL once, only its hash stored, 30 days by default, audited; the list never shows the token", async () => {
    const p = await sharedTaskProject();
    const res = await share(p.memberToken, p.projectId, { taskId: p.task.id });
    expect(res.status).toBe(201);
    const token = tokenOf(res.json.url);
    expect(token).toMatch(/^ut_shr_[A-Za-z0-9_-]{43}$/);
    const row = await db.shareLink.findUniqueOrThrow({ where: { id: res.json.shareLink.id } });
    expect(row.tokenHash).toBe(hashSecret(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.createdByUserId).toBe(p.member.id);
    expect(Math.round((row.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(30);
    const audit = await db.auditEvent.findMany({ where: { projectId: p.projectId, action: "share_link.created" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: p.member.id, targetId: row.id });

    const week = await share(p.memberToken, p.projectId, { signalId: p.loud.id, expiresInDays: 7 });
    expect(week.status).toBe(201);
    const list = await callRoute(listRoute, { token: p.memberToken, params: { projectId: p.projectId } });
    expect(list.status).toBe(200);
    expect(list.json.shareLinks).toHaveLength(2);
    expect(list.json.shareLinks[0]).toMatchObject({ target: { type: "signal", id: p.loud.id }, status: "active", viewCount: 0 });
    // the list shows a signal's quote redacted, and who shared it
    expect(list.json.shareLinks[0].target.label).toBe("mail it to [email] and I retype it");
    expect(list.json.shareLinks[1]).toMatchObject({ target: { type: "task", label: "Exporting invoices" }, tokenHint: token.slice(-4) });
    expect(list.json.shareLinks[1].createdBy).toBeTruthy();
    expect(JSON.stringify(list.json)).not.toContain(token);
  });

  it("refuses bad input with a clear 4xx and stores nothing", async () => {
    const p = await sharedTaskProject();
    const other = await sharedTaskProject();
    expect((await share(p.memberToken, p.projectId, {})).status).toBe(422);
    expect((await share(p.memberToken, p.projectId, { taskId: p.task.id, signalId: p.loud.id })).status).toBe(422);
    expect((await share(p.memberToken, p.projectId, { taskId: p.task.id, expiresInDays: 0 })).status).toBe(400);
    expect((await share(p.memberToken, p.projectId, { taskId: p.task.id, expiresInDays: 366 })).status).toBe(400);
    // another project's task or signal, named in this project's path
    const foreignTask = await share(p.memberToken, p.projectId, { taskId: other.task.id });
    expect(foreignTask.status).toBe(404);
    expect((await share(p.memberToken, p.projectId, { signalId: other.loud.id })).status).toBe(404);
    expect(await db.shareLink.count({ where: { projectId: { in: [p.projectId, other.projectId] } } })).toBe(0);
  });

  it("revokes at once and idempotently, recording it once; another project's link is not found", async () => {
    const p = await sharedTaskProject();
    const other = await sharedTaskProject();
    const created = await share(p.memberToken, p.projectId, { taskId: p.task.id });
    const id = created.json.shareLink.id;
    const first = await callRoute(revokeRoute, {
      method: "DELETE",
      token: p.memberToken,
      params: { projectId: p.projectId, shareLinkId: id },
    });
    expect(first.status).toBe(200);
    expect(first.json.shareLink.status).toBe("revoked");
    const again = await callRoute(revokeRoute, {
      method: "DELETE",
      token: p.memberToken,
      params: { projectId: p.projectId, shareLinkId: id },
    });
    expect(again.status).toBe(200);
    expect(await db.auditEvent.count({ where: { projectId: p.projectId, action: "share_link.revoked" } })).toBe(1);
    const foreign = await callRoute(revokeRoute, {
      method: "DELETE",
      token: other.memberToken,
      params: { projectId: other.projectId, shareLinkId: id },
    });
    expect(foreign.status).toBe(404);
    expect((await getSharedEvidence({ token: tokenOf(created.json.url) })).state).toBe("revoked");
  });
});

describe("the shared page's data", () => {
  it("shows quotes redacted, participants numbered, clips where recorded, and no names, emails or ids; counts views", async () => {
    const p = await sharedTaskProject();
    const { json } = await share(p.memberToken, p.projectId, { taskId: p.task.id });
    const token = tokenOf(json.url);
    const page = await getSharedEvidence({ token, countView: true });
    if (page.state !== "active") throw new Error(page.state);
    expect(page).toMatchObject({ kind: "task", title: "Exporting invoices", description: "People retype invoices by hand." });
    expect(page.quotes.map((q) => [q.quote, q.participant, q.momentMs])).toEqual([
      ["mail it to [email] and I retype it", 1, 42_000],
      ["I give up at the export", 2, 3_000],
    ]);
    // the recording of session 1: spans of 30 s; the moment at 42 s is in the second, 12 s into it
    expect(page.quotes[0].audio).toEqual({ index: 6, mimeType: "audio/wav", startSec: 7, endSec: 27 });
    expect(page.quotes[0].screen).toBeNull();
    expect(page.quotes[1].audio).toBeNull();
    const text = JSON.stringify(page);
    for (const secret of ["Ana", "Pérez", "ana.perez@example.test", "Bo Lind", "bo@example.test", p.first.id, p.second.id, p.projectId])
      expect(text).not.toContain(secret);
    await getSharedEvidence({ token, countView: true });
    const row = await db.shareLink.findUniqueOrThrow({ where: { id: json.shareLink.id } });
    expect(row.viewCount).toBe(2);
    expect(row.lastViewedAt).not.toBeNull();
  });

  it("a signal link shows that one quote; expired and unknown links show nothing", async () => {
    const p = await sharedTaskProject();
    const { json } = await share(p.memberToken, p.projectId, { signalId: p.quiet.id, expiresInDays: 1 });
    const page = await getSharedEvidence({ token: tokenOf(json.url) });
    expect(page.state === "active" && page.quotes.map((q) => [q.quote, q.participant])).toEqual([["I give up at the export", 1]]);
    await db.shareLink.update({ where: { id: json.shareLink.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getSharedEvidence({ token: tokenOf(json.url) })).toEqual({ state: "expired" });
    expect(await getSharedEvidence({ token: "ut_shr_nope" })).toEqual({ state: "unknown" });
    expect(await getSharedEvidence({ token: "ut_pat_whatever" })).toEqual({ state: "unknown" });
  });

  it("the proxy's gate answers revoked and expired links 410, unknown ones 404, and lets active ones render", async () => {
    const p = await sharedTaskProject();
    const { json } = await share(p.memberToken, p.projectId, { taskId: p.task.id });
    const token = tokenOf(json.url);
    expect(await sharePageGate(`/share/${token}`)).toBeNull();
    expect(await sharePageGate("/projects/x")).toBeNull();
    const unknown = await sharePageGate("/share/ut_shr_unknown");
    expect(unknown?.status).toBe(404);
    expect(unknown?.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(unknown?.headers.get("referrer-policy")).toBe("no-referrer");
    await callRoute(revokeRoute, {
      method: "DELETE",
      token: p.memberToken,
      params: { projectId: p.projectId, shareLinkId: json.shareLink.id },
    });
    const revoked = await sharePageGate(`/share/${token}`);
    expect(revoked?.status).toBe(410);
    expect(await revoked?.text()).toContain("This link was revoked");
  });
});

describe("shared clips", () => {
  it("serves the span around a shared quote with Range (200, 206, 416) and no-referrer, noindex headers", async () => {
    const p = await sharedTaskProject();
    const { json } = await share(p.memberToken, p.projectId, { taskId: p.task.id });
    const token = tokenOf(json.url);
    const whole = await clip(token, p.loud.id);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("audio/wav");
    expect(whole.headers.get("referrer-policy")).toBe("no-referrer");
    expect(whole.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(bytes.subarray(0, 4).toString("ascii")).toBe("RIFF");
    // 30 s of 8 kHz one-byte samples and the 44-byte header
    expect(bytes.length).toBe(44 + 30_000 * 8);
    const part = await clip(token, p.loud.id, "audio", { range: "bytes=0-99" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 0-99/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(0, 100));
    const past = await clip(token, p.loud.id, "audio", { range: `bytes=${bytes.length}-` });
    expect(past.status).toBe(416);
  });

  it("refuses what the link does not share, unrecorded moments, revoked links and bad kinds", async () => {
    const p = await sharedTaskProject();
    const other = await sharedTaskProject();
    const { json } = await share(p.memberToken, p.projectId, { taskId: p.task.id });
    const token = tokenOf(json.url);
    expect((await clip(token, p.unrelated.id)).status).toBe(404);
    expect((await clip(token, other.loud.id)).status).toBe(404);
    expect((await clip(token, p.quiet.id)).status).toBe(404); // its session has no recording
    expect((await clip(token, p.loud.id, "screen")).status).toBe(404);
    expect((await clip(token, p.loud.id, "video")).status).toBe(400);
    expect((await clip("ut_shr_unknown", p.loud.id)).status).toBe(404);
    const single = await share(p.memberToken, p.projectId, { signalId: p.quiet.id });
    expect((await clip(tokenOf(single.json.url), p.loud.id)).status).toBe(404);
    await callRoute(revokeRoute, {
      method: "DELETE",
      token: p.memberToken,
      params: { projectId: p.projectId, shareLinkId: json.shareLink.id },
    });
    const gone = await clip(token, p.loud.id);
    expect(gone.status).toBe(410);
    expect((await gone.json()).error.code).toBe("gone");
  });
});
