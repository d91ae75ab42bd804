// A participant's export (issue #14, right of access): requested through the API, built by the
// build-export function (@inngest/test) against real PostgreSQL and local-disk storage, downloaded
// through the streaming route. It holds the person's own words unredacted, their answers with the
// questions' text, consents, sessions, transcript, signals and recording links that work for a day;
// nothing of another participant. Download states (409 / 404), expiry of the file, the audit event,
// and the signed media links (expiry, tampering) are checked here too.
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import * as downloadRoute from "@/app/api/v1/projects/[projectId]/exports/[exportId]/download/route";
import * as oneRoute from "@/app/api/v1/projects/[projectId]/exports/[exportId]/route";
import * as exportsRoute from "@/app/api/v1/projects/[projectId]/exports/route";
import * as mediaLinkRoute from "@/app/api/v1/media-links/[token]/route";
import { buildExportFunction } from "@/inngest/functions/build-export";
import { db } from "@/lib/db";
import { signMediaLink } from "@/lib/privacy/export/media-link";
import { participantEmailHash } from "@/lib/privacy/participant-email";
import { mediaStorage } from "@/lib/storage";
import { addMember, createApiTokenFor, createOwnerWithProject, createUser } from "@/prisma/factories/identity";
import { createAudioRecording } from "@/prisma/factories/media";
import { createInterviewSession, createScreener, createScreenerResponse, createSignal } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

const ALICE_SAID = "Send it to alice.w@example.com or call 415-555-0132, I export invoices every Friday.";
const BOB_SAID = "Bob here: my spreadsheet breaks every month.";

async function scenario() {
  const owner = await createOwnerWithProject(db);
  const projectId = owner.project.id;
  const screener = await createScreener(db, { projectId });
  const [role, tools] = screener.questions;
  const alice = await createInterviewSession(db, {
    projectId,
    screenerId: screener.id,
    participantName: "Alice Walker",
    participantEmail: "Alice.W@Example.com",
    consents: { recording: true, analytics: true, followUp: true },
    messages: [
      { role: "interviewer", content: "Tell me about the last time you sent invoices.", phase: "rapport" },
      { role: "participant", content: ALICE_SAID, phase: "rapport" },
    ],
  });
  await createScreenerResponse(db, {
    screenerId: screener.id,
    projectId,
    participantEmail: "alice.w@example.com",
    participantName: "Alice Walker",
    answers: { [role.id]: "Finance", [tools.id]: ["Spreadsheets"] },
    sessionId: alice.session.id,
  });
  await createSignal(db, {
    projectId,
    sessionId: alice.session.id,
    type: "workaround",
    quote: "I export invoices every Friday",
    offsetMs: 20_000,
  });
  await createAudioRecording(db, mediaStorage(), {
    projectId,
    sessionId: alice.session.id,
    durationMs: 20_000,
    segmentMs: 10_000,
    transcripts: ["Alice speaking about Fridays", null],
  });
  // another participant of the same project, who must not appear in Alice's file
  const bob = await createInterviewSession(db, {
    projectId,
    participantEmail: "bob@example.com",
    participantName: "Bob Stone",
    messages: [{ role: "participant", content: BOB_SAID, phase: "rapport" }],
  });
  await createScreenerResponse(db, {
    screenerId: screener.id,
    projectId,
    participantEmail: "bob@example.com",
    answers: { [role.id]: "Operations" },
  });
  await createSignal(db, { projectId, sessionId: bob.session.id, quote: "my spreadsheet breaks" });
  return { owner, projectId, alice: alice.session, bob: bob.session, questions: { role, tools } };
}

async function requestExport(token: string, projectId: string, body: unknown) {
  return callRoute(exportsRoute.POST, { method: "POST", token, params: { projectId }, body });
}

/** Runs build-export up to its "complete" step (the file exists, its 7 days not over). */
async function build(projectId: string, exportId: string) {
  const engine = new InngestTestEngine({
    function: buildExportFunction,
    events: [{ name: "privacy/export.requested", data: { projectId, exportId } }],
  });
  const { result, error } = await engine.executeStep("complete");
  expect(error).toBeUndefined();
  return result as { exportId: string; expiresAt: string };
}

async function download(token: string, projectId: string, exportId: string) {
  const req = new Request(`http://localhost:3000/api/v1/projects/${projectId}/exports/${exportId}/download`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return downloadRoute.GET(req, { params: Promise.resolve({ projectId, exportId }) });
}

describe("participant export", () => {
  it("holds the participant's own data, unredacted, and nothing of anyone else", async () => {
    const { owner, projectId, alice, bob, questions } = await scenario();
    const res = await requestExport(owner.token, projectId, { kind: "participant", email: "  ALICE.W@example.com " });
    expect(res.status).toBe(202);
    const requested = res.json.export;
    expect(requested).toMatchObject({
      kind: "participant",
      status: "pending",
      downloadUrl: null,
      emailHash: participantEmailHash("alice.w@example.com"),
    });
    // the row keeps the keyed hash and, until the job ends, the sealed address: never the address in clear
    const row = await db.dataExport.findUniqueOrThrow({ where: { id: requested.id } });
    expect(JSON.stringify(row)).not.toContain("alice.w@example.com");
    expect(await db.outboxEvent.count({ where: { name: "privacy/export.requested" } })).toBe(1);

    await build(projectId, requested.id);
    const done = await callRoute(oneRoute.GET, { token: owner.token, params: { projectId, exportId: requested.id } });
    expect(done.json.export).toMatchObject({
      status: "completed",
      counts: { screenerResponses: 1, sessions: 1, messages: 2, signals: 1, transcriptSegments: 1, mediaLinks: 2 },
      downloadUrl: `/api/v1/projects/${projectId}/exports/${requested.id}/download`,
    });
    expect(done.json.export.sizeBytes).toBeGreaterThan(100);
    expect(new Date(done.json.export.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect((await db.dataExport.findUniqueOrThrow({ where: { id: requested.id } })).emailCiphertext).toBeNull();

    const file = await download(owner.token, projectId, requested.id);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/json");
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="participant-export-.+\.json"$/);
    const text = await file.text();
    expect(Number(file.headers.get("content-length"))).toBe(Buffer.byteLength(text));
    const doc = JSON.parse(text);
    expect(doc.participant.email).toBe("alice.w@example.com");
    expect(doc.screenerResponses).toHaveLength(1);
    expect(doc.screenerResponses[0].answers).toEqual([
      { question: questions.role.text, answer: "Finance" },
      { question: questions.tools.text, answer: ["Spreadsheets"] },
    ]);
    expect(doc.screenerResponses[0].consents).toMatchObject({ recording: true, analytics: true });
    const [session] = doc.sessions;
    expect(session.id).toBe(alice.id);
    expect(session.consents).toEqual({ recording: true, analytics: true, followUp: true });
    // their own words as they said them: no [email] / [phone] placeholders in their copy
    expect(session.messages.map((m: { text: string }) => m.text)).toContain(ALICE_SAID);
    expect(session.transcript).toEqual([{ kind: "audio", offsetMs: 0, text: "Alice speaking about Fridays" }]);
    expect(session.signals).toEqual([
      expect.objectContaining({ type: "workaround", quote: "I export invoices every Friday", offsetMs: 20_000 }),
    ]);
    expect(session.recordings).toHaveLength(2);
    expect(session.recordings[0]).toMatchObject({ kind: "audio", index: 0, mimeType: "audio/wav", offsetMs: 0, durationMs: 10_000 });
    // nothing of Bob
    expect(text).not.toContain(bob.id);
    expect(text).not.toContain("bob@example.com");
    expect(text).not.toContain("Bob");
    expect(text).not.toContain("spreadsheet breaks");

    // audited with counts and the keyed hash, without the address
    const audit = await db.auditEvent.findFirstOrThrow({ where: { projectId, action: "participant.exported" } });
    expect(audit).toMatchObject({ actorKind: "user", actorId: owner.user.id, targetId: requested.id });
    expect(audit.details).toMatchObject({ sessions: 1, messages: 2, emailHash: participantEmailHash("alice.w@example.com") });
    expect(JSON.stringify(audit.details)).not.toContain("@");

    // the recording link plays without an account
    const url = new URL(session.recordings[0].url);
    const token = url.pathname.split("/").pop()!;
    const media = await mediaLinkRoute.GET(new Request(url), { params: Promise.resolve({ token }) });
    expect(media.status).toBe(200);
    expect(media.headers.get("content-type")).toBe("audio/wav");
    const bytes = Buffer.from(await media.arrayBuffer());
    expect(bytes.subarray(0, 4).toString()).toBe("RIFF");
  });

  it("answers a repeated request while the first is pending with that same export", async () => {
    const { owner, projectId } = await scenario();
    const first = await requestExport(owner.token, projectId, { kind: "participant", email: "alice.w@example.com" });
    const again = await requestExport(owner.token, projectId, { kind: "participant", email: "Alice.W@example.com" });
    expect(again.status).toBe(202);
    expect(again.json.export.id).toBe(first.json.export.id);
    const other = await requestExport(owner.token, projectId, { kind: "participant", email: "bob@example.com" });
    expect(other.json.export.id).not.toBe(first.json.export.id);
    expect(await db.dataExport.count({ where: { projectId } })).toBe(2);
  });

  it("download: 409 not_ready while pending or failed, 404 for an unknown export and once expired (the file is removed)", async () => {
    const { owner, projectId } = await scenario();
    const { json } = await requestExport(owner.token, projectId, { kind: "participant", email: "alice.w@example.com" });
    const pending = await download(owner.token, projectId, json.export.id);
    expect(pending.status).toBe(409);
    expect((await pending.json()).error.code).toBe("not_ready");
    expect((await download(owner.token, projectId, "nope")).status).toBe(404);

    await build(projectId, json.export.id);
    const row = await db.dataExport.findUniqueOrThrow({ where: { id: json.export.id } });
    expect(await mediaStorage().exists(row.storageKey!)).toBe(true);
    expect(row.storageKey).toBe(`projects/${projectId}/exports/${row.id}.json`);
    await db.dataExport.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await download(owner.token, projectId, row.id);
    expect(expired.status).toBe(404);
    expect(await mediaStorage().exists(row.storageKey!)).toBe(false);
    const listed = await callRoute(exportsRoute.GET, { token: owner.token, params: { projectId } });
    expect(listed.json.exports[0]).toMatchObject({ id: row.id, status: "completed", downloadUrl: null });

    const failed = await db.dataExport.create({
      data: { projectId, kind: "project", status: "failed", error: "storage down", requestedByKind: "user", requestedById: owner.user.id },
    });
    const res = await download(owner.token, projectId, failed.id);
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({ code: "not_ready", message: "This export failed; request a new one" });
  });

  it("the job sleeps until the export expires, then deletes the file and keeps the receipt", async () => {
    const { owner, projectId } = await scenario();
    const { json } = await requestExport(owner.token, projectId, { kind: "participant", email: "alice.w@example.com" });
    const paused = await new InngestTestEngine({
      function: buildExportFunction,
      events: [{ name: "privacy/export.requested", data: { projectId, exportId: json.export.id } }],
    }).executeStep("wait-until-expiry");
    expect(paused.step).toMatchObject({ op: "Sleep" });
    const row = await db.dataExport.findUniqueOrThrow({ where: { id: json.export.id } });
    const key = row.storageKey!;
    expect(await mediaStorage().exists(key)).toBe(true);

    const { result, error } = await new InngestTestEngine({
      function: buildExportFunction,
      events: [{ name: "privacy/export.requested", data: { projectId, exportId: json.export.id } }],
      // the earlier steps' results as Inngest memoizes them for the resumed run, and the sleep over
      steps: [
        { id: "start", handler: () => ({ exportId: row.id, kind: "participant", status: "running" }) },
        { id: "build", handler: () => ({ storageKey: key, sizeBytes: Number(row.sizeBytes), counts: row.counts }) },
        { id: "complete", handler: () => ({ exportId: row.id, expiresAt: row.expiresAt!.toISOString() }) },
        { id: "wait-until-expiry", handler: () => null },
      ],
    }).execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ exportId: json.export.id, kind: "participant", fileRemoved: true });
    expect(await mediaStorage().exists(key)).toBe(false);
    const after = await db.dataExport.findUniqueOrThrow({ where: { id: json.export.id } });
    expect(after).toMatchObject({ status: "completed", storageKey: null });
    expect(after.counts).toMatchObject({ sessions: 1 });
  });

  it("a failing build is recorded on the export, without the sealed email", async () => {
    const { owner, projectId } = await scenario();
    const { json } = await requestExport(owner.token, projectId, { kind: "participant", email: "alice.w@example.com" });
    // a sealed value from another AUTH_SECRET cannot be opened: a final failure
    await db.dataExport.update({ where: { id: json.export.id }, data: { emailCiphertext: "v1.00000000.aaaa.bbbb.cccc" } });
    const { error } = await new InngestTestEngine({
      function: buildExportFunction,
      events: [{ name: "privacy/export.requested", data: { projectId, exportId: json.export.id } }],
    }).execute();
    expect(error).toBeDefined();
    const row = await db.dataExport.findUniqueOrThrow({ where: { id: json.export.id } });
    expect(row).toMatchObject({ status: "failed", emailCiphertext: null });
    expect(row.error).toMatch(/another AUTH_SECRET/);
  });

  it("is for admins: a member gets 403 on every export route, a non-member 404", async () => {
    const { owner, projectId } = await scenario();
    const member = await createUser(db);
    await addMember(db, { projectId, userId: member.id, role: "member" });
    const token = await createApiTokenFor(db, { userId: member.id });
    expect((await requestExport(token, projectId, { kind: "project" })).status).toBe(403);
    expect((await callRoute(exportsRoute.GET, { token, params: { projectId } })).status).toBe(403);
    const { json } = await requestExport(owner.token, projectId, { kind: "project" });
    expect((await callRoute(oneRoute.GET, { token, params: { projectId, exportId: json.export.id } })).status).toBe(403);
    expect((await download(token, projectId, json.export.id)).status).toBe(403);
    const stranger = await createApiTokenFor(db, { userId: (await createUser(db)).id });
    expect((await download(stranger, projectId, json.export.id)).status).toBe(404);
    expect((await requestExport(owner.token, projectId, { kind: "participant" })).status).toBe(400);
  });
});

describe("media links", () => {
  async function recorded() {
    const { projectId, alice } = await scenario();
    return { projectId, sessionId: alice.id };
  }
  const get = (token: string) =>
    mediaLinkRoute.GET(new Request(`http://localhost:3000/api/v1/media-links/${token}`), { params: Promise.resolve({ token }) });

  it("work for a day, then answer 410", async () => {
    const target = { ...(await recorded()), kind: "audio" as const, index: 1 };
    const fresh = signMediaLink(target);
    expect(fresh.expiresAt.getTime() - Date.now()).toBeGreaterThan(86_300_000);
    expect((await get(fresh.token)).status).toBe(200);
    const old = signMediaLink(target, Date.now() - 86_400_001);
    const res = await get(old.token);
    expect(res.status).toBe(410);
    expect((await res.json()).error.code).toBe("gone");
  });

  it("refuse any change to the token: another segment, a later expiry, a bad signature (404)", async () => {
    const target = { ...(await recorded()), kind: "audio" as const, index: 0 };
    const { token } = signMediaLink(target);
    const [payload, mac] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const forged = (c: object) => `${Buffer.from(JSON.stringify(c)).toString("base64url")}.${mac}`;
    expect((await get(forged({ ...claims, i: 1 }))).status).toBe(404);
    expect((await get(forged({ ...claims, x: claims.x + 86_400 * 365 }))).status).toBe(404);
    expect((await get(`${payload}.${mac.slice(0, -2)}${mac.endsWith("AA") ? "BB" : "AA"}`)).status).toBe(404);
    expect((await get(payload)).status).toBe(404);
    expect((await get(`${token}.x`)).status).toBe(404);
    // and a valid link to a segment that does not exist is a plain 404 too
    expect((await get(signMediaLink({ ...target, index: 99 }).token)).status).toBe(404);
  });
});
