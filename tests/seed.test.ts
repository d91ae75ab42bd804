// The demo seed, held to the product's own rules rather than to its content: whatever the demo data
// says, what the seed writes must be something the product could have produced.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { processSessionPolicy } from "@/inngest/functions/process-session";
import { failureReason } from "@/inngest/step-policy";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getEngineStatus } from "@/lib/outbox/engine-status";
import { groundQuote } from "@/lib/processing/ground-quote";
import { loadSessionTimeline } from "@/lib/processing/load-session-timeline";
import { listProjectsForUser } from "@/lib/projects/list-projects";
import { evaluateScreener } from "@/lib/screeners/evaluate-screener";
import { generateSecret, kindOf } from "@/lib/security/secret-tokens";
import { computePriority } from "@/lib/tasks/priority";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { assertLocalDatabaseUrl, DEMO, seedDemoData } from "@/prisma/seed";

// tests/setup/file-database.ts gives this file its own database and puts its URL here
const databaseUrl = process.env.DATABASE_URL!;
const NOW = new Date();
const DAY = 86_400_000;
const projectId = DEMO.projectId;

async function tableCounts() {
  const [users, projects, sessions, signals, tasks, messages, outbox] = await Promise.all([
    db.user.count(),
    db.project.count(),
    db.session.count(),
    db.signal.count(),
    db.task.count(),
    db.sessionMessage.count(),
    db.outboxEvent.count(),
  ]);
  return { users, projects, sessions, signals, tasks, messages, outbox };
}

/** What a person sees of the demo, without ids (which are generated on every run). */
async function demoContent() {
  const [sessions, tasks, responses] = await Promise.all([
    db.session.findMany({
      where: { projectId },
      orderBy: { startedAt: "asc" },
      select: { participantEmail: true, status: true, processingStatus: true, processingError: true, summary: true, signalCount: true },
    }),
    db.task.findMany({
      where: { projectId },
      orderBy: { title: "asc" },
      select: { title: true, status: true, signalCount: true, priorityScore: true },
    }),
    db.screenerResponse.findMany({
      where: { projectId },
      orderBy: { createdAt: "asc" },
      select: { participantEmail: true, qualified: true, disqualifyReason: true },
    }),
  ]);
  const quotes = (await db.signal.findMany({ where: { projectId }, select: { quote: true } })).map((s) => s.quote).sort();
  return { sessions, tasks, responses, quotes };
}

describe("seedDemoData", () => {
  let summary: Record<string, number>;
  beforeAll(async () => {
    summary = await seedDemoData({ databaseUrl, now: NOW });
  }, 120_000);

  it("reports what it wrote, and writes a demo with something on every page", () => {
    expect(summary).toMatchObject({ users: 2, memberships: 2, projects: 1, screeners: 1 });
    for (const kind of [
      "screenerResponses",
      "sessions",
      "sessionMessages",
      "sessionEvents",
      "signals",
      "tasks",
      "taskSignals",
      "processingRuns",
      "llmUsage",
    ]) {
      expect(summary[kind], kind).toBeGreaterThan(0);
    }
  });

  it("lets the demo user see the project as its owner, and the viewer as a viewer", async () => {
    for (const [email, role] of [
      [DEMO.ownerEmail, "owner"],
      [DEMO.viewerEmail, "viewer"],
    ] as const) {
      const user = await db.user.findUniqueOrThrow({ where: { email } });
      const projects = await listProjectsForUser({ userId: user.id });
      expect(projects.find((p) => p.id === projectId)?.role, email).toBe(role);
    }
    const project = await db.project.findUniqueOrThrow({ where: { id: projectId }, include: { keys: true } });
    expect(project.keys.map((k) => [k.kind, k.publicValue, k.revokedAt])).toEqual([["public", DEMO.publicKey, null]]);
    expect(kindOf(DEMO.publicKey)).toBe("publicKey");
    expect(DEMO.publicKey).toHaveLength(generateSecret("publicKey").length);
  });

  it("keeps the funnel's counters equal to the responses, and every verdict the screener's own", async () => {
    const screeners = await db.screener.findMany({
      where: { projectId },
      include: { questions: { orderBy: { position: "asc" } }, responses: { include: { session: true } } },
    });
    for (const screener of screeners) {
      const qualified = screener.responses.filter((r) => r.qualified);
      expect(screener.qualifiedCount).toBe(qualified.length);
      expect(screener.disqualifiedCount).toBe(screener.responses.length - qualified.length);
      expect(screener.startCount).toBeGreaterThanOrEqual(screener.responses.length);
      expect(screener.viewCount).toBeGreaterThanOrEqual(screener.startCount);
      // completed = interviews of qualified respondents that ended normally
      expect(screener.completionCount).toBeLessThanOrEqual(screener.qualifiedCount);
      expect(screener.completionCount).toBe(qualified.filter((r) => r.session?.status === "completed").length);
      for (const r of screener.responses) {
        const verdict = evaluateScreener(screener.questions, r.answers as Record<string, unknown>);
        expect(verdict.ok && verdict.qualified, r.participantEmail!).toBe(r.qualified);
        if (verdict.ok && !verdict.qualified) expect(r.disqualifyReason).toBe(verdict.reason);
        expect(r.sessionId === null, r.participantEmail!).toBe(!r.qualified);
      }
    }
  });

  it("quotes every signal from its own session's participant, at the moment it was said", async () => {
    const signals = await db.signal.findMany({ where: { projectId } });
    const timelines = new Map<string, Awaited<ReturnType<typeof loadSessionTimeline>>>();
    for (const s of signals) {
      if (!timelines.has(s.sessionId)) timelines.set(s.sessionId, await loadSessionTimeline(s.sessionId));
      const grounded = groundQuote(s.quote, timelines.get(s.sessionId)!);
      expect(grounded, s.quote).not.toBeNull();
      expect(grounded!.quote).toBe(s.quote);
      expect(s.offsetMs).toBe(grounded!.offsetMs);
    }
  });

  it("leaves every ended session processed or failed, with counters that match its rows", async () => {
    const sessions = await db.session.findMany({
      where: { projectId },
      include: { messages: true, events: true, signals: true, processingRuns: { include: { steps: true } }, activity: true },
    });
    for (const s of sessions) {
      expect(["completed", "abandoned"], s.id).toContain(s.status);
      expect(["processed", "failed"], s.id).toContain(s.processingStatus);
      expect(s.signalCount).toBe(s.signals.length);
      expect(s.participantTurns).toBe(s.messages.filter((m) => m.role === "participant").length);
      expect(s.durationMs).toBe(s.completedAt!.getTime() - s.startedAt!.getTime());
      expect(s.completedAt!.getTime()).toBeLessThan(NOW.getTime());
      expect(s.startedAt!.getTime()).toBeGreaterThan(NOW.getTime() - 60 * DAY);
      expect(s.activity.filter((a) => a.kind === "ended")).toHaveLength(1);
      expect(s.processingRuns).toHaveLength(1);
      const [run] = s.processingRuns;
      if (s.processingStatus === "processed") {
        expect(run.status).toBe("succeeded");
        expect(run.steps.every((step) => step.status === "succeeded")).toBe(true);
        expect(s.processedAt!.getTime()).toBeGreaterThanOrEqual(s.completedAt!.getTime());
      }
    }
    // abandoned the way the idle sweep does it: ended at the last thing the participant did
    for (const s of sessions.filter((x) => x.status === "abandoned")) {
      const last = Math.max(...s.messages.map((m) => m.createdAt.getTime()), ...s.events.map((e) => e.createdAt.getTime()));
      expect(s.completedAt!.getTime()).toBe(last);
    }
  });

  it("gives every failed session the reason failureReason makes of the error its last attempt raised", async () => {
    const failed = await db.session.findMany({
      where: { projectId, processingStatus: "failed" },
      include: { processingRuns: { include: { steps: { orderBy: { startedAt: "asc" } } } }, activity: true },
    });
    for (const s of failed) {
      const [run] = s.processingRuns;
      const failedSteps = run.steps.filter((step) => step.status === "failed");
      expect(failedSteps).toHaveLength(processSessionPolicy.retries + 1);
      expect(new Set(failedSteps.map((step) => step.name)).size).toBe(1);
      const reason = failureReason(new Error(failedSteps.at(-1)!.error!));
      expect(s.processingError).toBe(reason);
      expect(run).toMatchObject({ status: "failed", error: reason });
      expect(s.activity.find((a) => a.kind === "processing_failed")?.message).toBe(reason);
    }
  });

  it("keeps every task's counts and priority what a recompute from its evidence gives", async () => {
    const tasks = await db.task.findMany({
      where: { projectId },
      include: { signals: { include: { signal: { include: { session: true } } } } },
    });
    for (const t of tasks) {
      const evidence = t.signals.map(({ signal }) => ({ ...signal, participantKey: `email:${signal.session.participantEmail}` }));
      expect(evidence.length, t.title).toBeGreaterThan(0);
      expect(t.signalCount).toBe(evidence.length);
      expect(t.sessionCount).toBe(new Set(evidence.map((s) => s.sessionId)).size);
      // processing recomputes a task when it gains evidence: last at its newest signal
      const lastTouched = new Date(Math.max(...evidence.map((s) => s.createdAt.getTime())));
      const expected = computePriority(evidence, lastTouched);
      expect({ score: t.priorityScore, label: t.priorityLabel, breakdown: t.priorityBreakdown }, t.title).toEqual(expected);
    }
  });

  it("leaves no event undelivered, so the dashboard never says processing is paused", async () => {
    expect((await getEngineStatus({ projectId })).undelivered).toBe(0);
    const sessions = await db.session.count({ where: { projectId } });
    expect(
      await db.outboxEvent.count({
        where: { name: "session/completed", sentAt: { not: null }, payload: { path: ["projectId"], equals: projectId } },
      }),
    ).toBe(sessions);
  });

  it("stores the recording it lists", async () => {
    const chunks = await db.mediaChunk.findMany({ where: { session: { projectId } } });
    expect(chunks.length).toBeGreaterThan(0);
    for (const c of chunks) expect(fs.existsSync(path.resolve(env().DATA_DIR, "media", c.storageKey)), c.storageKey).toBe(true);
  });

  it("gives the same demo when run again, and leaves other projects alone", async () => {
    const other = await createOwnerWithProject(db);
    await createSession(db, { projectId: other.project.id });
    const before = await tableCounts();
    const contentBefore = await demoContent();

    const again = await seedDemoData({ databaseUrl, now: NOW });

    expect(again).toEqual(summary);
    expect(await tableCounts()).toEqual(before);
    expect(await demoContent()).toEqual(contentBefore);
    expect(await db.session.count({ where: { projectId: other.project.id } })).toBe(1);
    expect(await db.user.count({ where: { email: DEMO.ownerEmail } })).toBe(1);
  }, 120_000);

  it("refuses a database that is not on this machine, without touching anything", async () => {
    const before = await tableCounts();
    await expect(seedDemoData({ databaseUrl: "postgresql://u@db.example.com/x" })).rejects.toThrow(
      /non-local database \(host "db\.example\.com"\)/,
    );
    await expect(seedDemoData({ databaseUrl: "not a url" })).rejects.toThrow(/not a valid postgresql/);
    expect(await tableCounts()).toEqual(before);
  });
});

describe("assertLocalDatabaseUrl", () => {
  it.each([
    "postgresql://postgres@localhost:5432/usertests",
    "postgres://postgres:pw@127.0.0.1/usertests",
    "postgresql://postgres@[::1]:5432/usertests",
    "postgresql:///usertests?host=/var/run/postgresql",
    "postgresql://postgres@%2Fvar%2Frun%2Fpostgresql/usertests",
  ])("accepts %s", (url) => {
    expect(() => assertLocalDatabaseUrl(url)).not.toThrow();
  });

  it.each([
    "postgresql://u@db.example.com/x",
    "postgresql://u@10.0.0.5:5432/x",
    "postgresql://u@localhost.evil.example/x",
    // the query parameter wins over the URL's host in libpq and pg
    "postgresql://u@localhost/x?host=db.example.com",
    "mysql://u@localhost/x",
  ])("refuses %s", (url) => {
    expect(() => assertLocalDatabaseUrl(url)).toThrow(/Refusing to seed/);
  });
});
