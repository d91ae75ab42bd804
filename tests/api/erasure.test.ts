// Erasure by email, end to end: the API request, then the erase-participant function run by
// @inngest/test against real PostgreSQL and the real local-disk storage. The person is found by
// email in any case (screener responses, and sessions created by the API with their own email);
// afterwards a search over every text and JSON column of every table, and over the storage folder,
// finds nothing of her, while another participant's data is intact. A run that crashes half-way
// (a real database failure inside one session's transaction) resumes without orphans or counting
// anything twice.
import fs from "node:fs";
import { Readable } from "node:stream";
import path from "node:path";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import * as oneRoute from "@/app/api/v1/projects/[projectId]/erasures/[erasureId]/route";
import * as listRoute from "@/app/api/v1/projects/[projectId]/erasures/route";
import { eraseParticipantFunction } from "@/inngest/functions/erase-participant";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { findErasureTargets } from "@/lib/erasure/find-erasure-targets";
import { participantEmailHash } from "@/lib/privacy/participant-email";
import { NO_EVIDENCE_NOTE } from "@/lib/erasure/recompute-erased-tasks";
import { mediaStorage } from "@/lib/storage";
import { createSession, createSignal } from "@/prisma/factories/research";
import { ANA, ANA_QUOTES, BEN, BEN_QUOTE, findEverywhere, participantsProject } from "@/tests/helpers/erasure-fixtures";
import { callRoute } from "../helpers/call-route";

const sessionDir = (projectId: string, sessionId: string) =>
  path.resolve(env().DATA_DIR, "media", "projects", projectId, "sessions", sessionId);
const filesUnder = (dir: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()) : [];

async function requestErasure(projectId: string, token: string, email: string) {
  const res = await callRoute(listRoute.POST, { method: "POST", token, params: { projectId }, body: { email } });
  expect(res.status, JSON.stringify(res.json)).toBe(202);
  return res.json.erasure as { id: string };
}

// a fresh engine per run: an engine memoizes step results across executions
const runErasure = (projectId: string, erasureId: string) =>
  new InngestTestEngine({
    function: eraseParticipantFunction,
    events: [{ name: "privacy/erasure.requested", data: { projectId, erasureId } }],
  }).execute();

const EXPECTED_REMOVED = {
  screenerResponses: 2,
  sessions: 2,
  messages: 3 + 2, // an interviewer's question and a turn per quote, in each of her two sessions
  events: 4,
  activity: 2,
  mediaObjects: 4,
  transcripts: 2,
  signals: 3,
  taskLinks: 4,
  usageRowsKept: 4,
  tasksRecomputed: 2,
  tasksLeftWithoutEvidence: 1,
  implementations: 0,
  githubFiles: 0,
  pullRequests: 0,
  exportFiles: 0,
};

async function benIsIntact(fx: Awaited<ReturnType<typeof participantsProject>>) {
  const session = await db.session.findUniqueOrThrow({
    where: { id: fx.ben.session.id },
    include: { messages: true, events: true, activity: true, chunks: true, signals: true, response: true, llmUsage: true },
  });
  expect(session.messages.length).toBe(2);
  expect(session.events.length).toBe(2);
  expect(session.chunks.length).toBe(2);
  expect(session.signals.map((s) => s.quote)).toEqual([BEN_QUOTE]);
  expect(session.response?.participantEmail).toBe(BEN.email);
  expect(session.llmUsage.length).toBe(2);
  expect(filesUnder(sessionDir(fx.projectId, fx.ben.session.id)).length).toBe(2);
  expect(await findEverywhere(db, BEN.name)).toEqual(expect.arrayContaining(["ScreenerResponse.participantName"]));
}

describe("erase-participant", () => {
  it("finds the person by email in any case, removes every trace, keeps costs as numbers and writes a receipt", async () => {
    const fx = await participantsProject(db, mediaStorage());
    const costBefore = await db.llmUsage.aggregate({ where: { projectId: fx.projectId }, _sum: { costUsd: true } });
    for (const s of fx.ana.sessions) expect(filesUnder(sessionDir(fx.projectId, s.id)).length).toBe(2);
    expect(await findEverywhere(db, ANA.email)).not.toEqual([]);

    const erasure = await requestErasure(fx.projectId, fx.token, " ANA.LOPEZ@example.TEST");
    const { result, error } = await runErasure(fx.projectId, erasure.id);
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ erasureId: erasure.id });

    // the receipt
    const row = await db.erasureRequest.findUniqueOrThrow({ where: { id: erasure.id } });
    expect(row).toMatchObject({ status: "completed", emailCiphertext: null, error: null });
    expect(row.completedAt).toBeInstanceOf(Date);
    expect(row.progress).toEqual({ step: "done", done: 2, total: 2 });
    expect(row.removed).toEqual(EXPECTED_REMOVED);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { projectId: fx.projectId, action: "participant.erased" } });
    expect(audit).toMatchObject({ actorKind: "user", actorId: fx.user.id, targetType: "erasure", targetId: erasure.id });
    expect(audit.details).toMatchObject({ sessions: 2, signals: 3, tasksLeftWithoutEvidenceIds: [fx.tasks.onlyAna.id] });

    // nothing of her anywhere: every text and JSON column of every table, and the storage folder
    for (const needle of [ANA.email, ANA.name, "Lopez", ...ANA_QUOTES, "+44 7700 900123"])
      expect(await findEverywhere(db, needle), needle).toEqual([]);
    for (const s of fx.ana.sessions) expect(filesUnder(sessionDir(fx.projectId, s.id))).toEqual([]);

    // cost totals stay, as numbers detached from any session
    const costAfter = await db.llmUsage.aggregate({ where: { projectId: fx.projectId }, _sum: { costUsd: true } });
    expect(costAfter._sum.costUsd?.toString()).toBe(costBefore._sum.costUsd?.toString());
    expect(await db.llmUsage.count({ where: { projectId: fx.projectId, sessionId: null } })).toBe(4);

    // tasks: rescored from what is left; the one with no evidence left says so and stays
    const onlyAna = await db.task.findUniqueOrThrow({ where: { id: fx.tasks.onlyAna.id } });
    expect(onlyAna).toMatchObject({ signalCount: 0, sessionCount: 0, priorityLabel: "low" });
    expect(onlyAna.description).toContain(NO_EVIDENCE_NOTE);
    const shared = await db.task.findUniqueOrThrow({ where: { id: fx.tasks.shared.id } });
    expect(shared).toMatchObject({ signalCount: 1, sessionCount: 1 });
    expect(shared.description).not.toContain(NO_EVIDENCE_NOTE);

    // the other participant is untouched
    await benIsIntact(fx);

    // "did you erase X?": by email, in any case, the receipt without the email
    const lookup = await callRoute(listRoute.GET, {
      token: fx.token,
      params: { projectId: fx.projectId },
      path: "/x?email=Ana.Lopez@example.test",
    });
    expect(lookup.json.erasures).toHaveLength(1);
    expect(lookup.json.erasures[0]).toMatchObject({ id: erasure.id, status: "completed", removed: EXPECTED_REMOVED, githubNote: null });
    expect(JSON.stringify(lookup.json)).not.toMatch(/lopez/i);

    // a redelivered event finds the request finished and does nothing
    const again = await runErasure(fx.projectId, erasure.id);
    expect(again.error).toBeUndefined();
    expect((await db.erasureRequest.findUniqueOrThrow({ where: { id: erasure.id } })).removed).toEqual(EXPECTED_REMOVED);
    expect(await db.auditEvent.count({ where: { projectId: fx.projectId, action: "participant.erased" } })).toBe(1);
  });

  it("a run that crashes half-way resumes without orphans or double counts, and never half-deletes a session", async () => {
    const fx = await participantsProject(db, mediaStorage());
    const [first, second] = fx.ana.sessions;
    // a real failure inside the second session's transaction: the database refuses deleting its messages
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_erasure() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER refuse_erasure BEFORE DELETE ON "SessionMessage"
      FOR EACH ROW WHEN (OLD."sessionId" = '${second.id}') EXECUTE FUNCTION refuse_erasure()`);

    const erasure = await requestErasure(fx.projectId, fx.token, ANA.email);
    const crashed = await runErasure(fx.projectId, erasure.id);
    expect(crashed.error).toBeDefined();
    const half = await db.erasureRequest.findUniqueOrThrow({ where: { id: erasure.id } });
    expect(half.status).toBe("running");
    expect(half.progress).toMatchObject({ step: "sessions", done: 1, total: 2 });
    expect(half.removed).toMatchObject({ sessions: 1, messages: 3, signals: 2, mediaObjects: 2 });
    // what the API shows meanwhile: progress, never the job's plan (ids, sealed quotes)
    const shown = await callRoute(oneRoute.GET, { token: fx.token, params: { projectId: fx.projectId, erasureId: erasure.id } });
    expect(shown.json.erasure).toMatchObject({ status: "running", progress: { step: "sessions", done: 1, total: 2 } });
    expect(JSON.stringify(shown.json)).not.toContain(second.id);
    expect(JSON.stringify(shown.json)).not.toMatch(/plan|sealed/);
    // the first session is gone with its files; the second is whole (its transaction rolled back)
    expect(await db.session.count({ where: { id: first.id } })).toBe(0);
    expect(filesUnder(sessionDir(fx.projectId, first.id))).toEqual([]);
    const whole = await db.session.findUniqueOrThrow({
      where: { id: second.id },
      include: { messages: true, signals: true, chunks: true },
    });
    expect([whole.messages.length, whole.signals.length, whole.chunks.length]).toEqual([2, 1, 2]);
    expect(filesUnder(sessionDir(fx.projectId, second.id)).length).toBe(2);

    // the cause is fixed; Inngest retries. The whole function runs again from the top (a new engine
    // memoizes nothing), which is the harshest replay: every finished step is done a second time.
    await db.$executeRawUnsafe(`DROP TRIGGER refuse_erasure ON "SessionMessage"`);
    const resumed = await runErasure(fx.projectId, erasure.id);
    expect(resumed.error).toBeUndefined();
    const row = await db.erasureRequest.findUniqueOrThrow({ where: { id: erasure.id } });
    expect(row.status).toBe("completed");
    expect(row.removed).toEqual(EXPECTED_REMOVED);
    for (const needle of [ANA.email, ANA.name, ...ANA_QUOTES]) expect(await findEverywhere(db, needle), needle).toEqual([]);
    for (const s of fx.ana.sessions) expect(filesUnder(sessionDir(fx.projectId, s.id))).toEqual([]);
    // no orphans: no row points at a deleted session
    for (const table of ["SessionMessage", "SessionEvent", "SessionActivity", "MediaChunk", "Signal", "ProcessingRun"]) {
      const [{ n }] = await db.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM "${table}" t WHERE NOT EXISTS (SELECT 1 FROM "Session" s WHERE s."id" = t."sessionId")`,
      );
      expect(n, table).toBe(0n);
    }
    await benIsIntact(fx);
  });

  it("a session that appears after the plan was made (an interview still going) is erased too, and its tasks rescored", async () => {
    const fx = await participantsProject(db, mediaStorage());
    const erasure = await requestErasure(fx.projectId, fx.token, ANA.email);
    // the first step has run…
    expect((await findErasureTargets({ erasureId: erasure.id })).sessionIds).toHaveLength(2);
    // …when an integration creates another session for her, which already has a signal on Ben's task
    const late = await createSession(db, { projectId: fx.projectId, participantEmail: ANA.email, participantName: ANA.name });
    const signal = await createSignal(db, { projectId: fx.projectId, sessionId: late.id, quote: "a late remark about the sync" });
    await db.taskSignal.create({ data: { taskId: fx.tasks.shared.id, signalId: signal.id } });

    const { error } = await runErasure(fx.projectId, erasure.id);
    expect(error).toBeUndefined();
    expect(await db.session.count({ where: { id: late.id } })).toBe(0);
    const row = await db.erasureRequest.findUniqueOrThrow({ where: { id: erasure.id } });
    expect(row.removed).toMatchObject({ sessions: 3, signals: 4, taskLinks: 5, screenerResponses: 2 });
    expect(await findEverywhere(db, "a late remark")).toEqual([]);
    expect(await db.task.findUniqueOrThrow({ where: { id: fx.tasks.shared.id } })).toMatchObject({ signalCount: 1 });
  });

  it("deletes export files holding her data (her participant exports, whole-project zips) and keeps the rows as receipts", async () => {
    const fx = await participantsProject(db, mediaStorage());
    const exportWithFile = async (data: { kind: "participant" | "project"; email?: string }) => {
      const row = await db.dataExport.create({
        data: {
          projectId: fx.projectId,
          kind: data.kind,
          emailHash: data.email ? participantEmailHash(data.email) : null,
          status: "completed",
          requestedByKind: "user",
          requestedById: fx.user.id,
          expiresAt: new Date(Date.now() + 7 * 86_400_000),
        },
      });
      const storageKey = `projects/${fx.projectId}/exports/${row.id}.${data.kind === "project" ? "zip" : "json"}`;
      await mediaStorage().put(storageKey, Readable.from([Buffer.from(`{"name":"${data.email ?? "all"}"}`)]), {
        contentType: "application/json",
      });
      return db.dataExport.update({ where: { id: row.id }, data: { storageKey } });
    };
    const hers = await exportWithFile({ kind: "participant", email: ANA.email });
    const whole = await exportWithFile({ kind: "project" });
    const his = await exportWithFile({ kind: "participant", email: BEN.email });

    const erasure = await requestErasure(fx.projectId, fx.token, ANA.email);
    expect((await runErasure(fx.projectId, erasure.id)).error).toBeUndefined();
    expect((await db.erasureRequest.findUniqueOrThrow({ where: { id: erasure.id } })).removed).toMatchObject({ exportFiles: 2 });
    for (const e of [hers, whole]) {
      expect(await mediaStorage().exists(e.storageKey!)).toBe(false);
      expect(await db.dataExport.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({ storageKey: null, status: "completed" });
    }
    expect(await mediaStorage().exists(his.storageKey!)).toBe(true);
  });

  it("a step that gives up marks the request failed with the reason and drops the email", async () => {
    const fx = await participantsProject(db, mediaStorage());
    const erasure = await requestErasure(fx.projectId, fx.token, ANA.email);
    // the sealed email cannot be read any more (as after a changed AUTH_SECRET): a final error
    await db.erasureRequest.update({ where: { id: erasure.id }, data: { emailCiphertext: "v1.00000000.aaaa.bbbb.cccc" } });
    const { error } = await runErasure(fx.projectId, erasure.id);
    expect(error).toBeDefined();
    const row = await db.erasureRequest.findUniqueOrThrow({ where: { id: erasure.id } });
    expect(row.status).toBe("failed");
    expect(row.emailCiphertext).toBeNull();
    expect(row.error).toMatch(/another AUTH_SECRET/);
    expect(await db.session.count({ where: { id: { in: fx.ana.sessions.map((s) => s.id) } } })).toBe(2);
  });
});
