import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateSecret, kindOf } from "@/lib/security/secret-tokens";
import { computePriority, priorityLabel } from "@/lib/tasks/priority";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { assertLocalDatabaseUrl, DEMO, seedDemoData } from "@/prisma/seed";

// tests/setup/file-database.ts gives this file its own database and puts its URL here
const databaseUrl = process.env.DATABASE_URL!;
const NOW = new Date();
const DAY = 86_400_000;

async function tableCounts() {
  const [users, projects, sessions, signals, tasks, messages] = await Promise.all([
    db.user.count(),
    db.project.count(),
    db.session.count(),
    db.signal.count(),
    db.task.count(),
    db.sessionMessage.count(),
  ]);
  return { users, projects, sessions, signals, tasks, messages };
}

describe("seedDemoData", () => {
  let summary: Record<string, number>;
  beforeAll(async () => {
    summary = await seedDemoData({ databaseUrl, now: NOW });
  });

  it("reports what it created", () => {
    expect(summary).toMatchObject({
      users: 2,
      memberships: 2,
      projects: 1,
      screeners: 1,
      screenerQuestions: 4,
      screenerResponses: 13,
      sessions: 10,
      signals: 50,
      tasks: 7,
      processingRuns: 9,
    });
    expect(summary.sessionMessages).toBeGreaterThan(100);
    expect(summary.sessionEvents).toBeGreaterThan(50);
    expect(summary.taskSignals).toBeGreaterThan(30);
  });

  it("makes the demo user the owner and the second user a viewer", async () => {
    const memberships = await db.membership.findMany({ where: { projectId: DEMO.projectId }, include: { user: true } });
    expect(memberships.map((m) => [m.user.email, m.role]).sort()).toEqual([
      ["demo@usertests.dev", "owner"],
      ["viewer@usertests.dev", "viewer"],
    ]);
    const project = await db.project.findUniqueOrThrow({ where: { id: "demo-project" }, include: { keys: true } });
    expect(project).toMatchObject({ name: "Acme Checkout", allowedOrigins: ["http://localhost:3000"] });
    expect(project.keys).toHaveLength(1);
    const key = project.keys[0];
    expect(key).toMatchObject({ kind: "public", publicValue: DEMO.publicKey, revokedAt: null });
    expect(kindOf(DEMO.publicKey)).toBe("publicKey");
    expect(DEMO.publicKey).toHaveLength(generateSecret("publicKey").length);
    expect(DEMO.publicKey).toMatch(/^ut_pub_[A-Za-z0-9_-]{43}$/);
  });

  it("creates an active screener with rules, and qualified and disqualified responses with UTM values", async () => {
    const screener = await db.screener.findUniqueOrThrow({
      where: { id: DEMO.screenerId },
      include: { questions: { orderBy: { position: "asc" } }, responses: true },
    });
    expect(screener.status).toBe("active");
    expect(screener.questions).toHaveLength(4);
    expect(new Set(screener.questions.map((q) => q.type)).size).toBe(4);
    for (const q of screener.questions) {
      const hasRule = q.qualifyOptions.length > 0 || q.disqualifyOptions.length > 0 || q.qualifyMin !== null || q.qualifyMax !== null;
      expect(hasRule, q.text).toBe(true);
    }
    const qualified = screener.responses.filter((r) => r.qualified);
    const disqualified = screener.responses.filter((r) => !r.qualified);
    expect(qualified.length).toBe(screener.qualifiedCount);
    expect(disqualified.length).toBe(screener.disqualifiedCount);
    expect(disqualified.length).toBeGreaterThan(0);
    expect(disqualified.every((r) => r.disqualifyReason && r.sessionId === null)).toBe(true);
    expect(qualified.every((r) => r.sessionId !== null && r.disqualifyReason === null)).toBe(true);
    expect(screener.responses.every((r) => r.utmSource && r.utmCampaign)).toBe(true);
    // every answer belongs to a question of the screener
    const ids = new Set(screener.questions.map((q) => q.id));
    for (const r of screener.responses) expect(Object.keys(r.answers as object).every((k) => ids.has(k))).toBe(true);
  });

  it("creates processed interviews over the last six weeks, one abandoned and one failed", async () => {
    const sessions = await db.session.findMany({
      where: { projectId: DEMO.projectId },
      include: { messages: { orderBy: { offsetMs: "asc" } }, events: true, processingRuns: { include: { steps: true } }, activity: true, signals: true },
    });
    const processed = sessions.filter((s) => s.status === "completed" && s.processingStatus === "processed");
    expect(processed.length).toBe(8);
    for (const s of processed) {
      expect(s.summary).toBeTruthy();
      expect(s.consentRecording).toBe(true);
      expect(s.signalCount).toBe(s.signals.length);
      expect(s.signals.length).toBeGreaterThan(0);
      expect(s.currentPhase).toBe("wrap_up");
      expect(s.participantTurns).toBe(s.messages.filter((m) => m.role === "participant").length);
      expect(new Set(s.messages.map((m) => m.role))).toEqual(new Set(["interviewer", "participant"]));
      expect(s.events.length).toBeGreaterThan(3);
      expect([...new Set(s.events.map((e) => e.type))]).toEqual(expect.arrayContaining(["click", "navigation", "scroll", "marker"]));
      expect(new Set(s.events.map((e) => e.clientEventId)).size).toBe(s.events.length);
      expect(s.processingRuns.map((r) => r.status)).toEqual(["succeeded"]);
      expect(s.activity.map((a) => a.kind)).toEqual(expect.arrayContaining(["ended", "processing_started", "processed"]));
      expect(s.startedAt!.getTime()).toBeGreaterThan(NOW.getTime() - 42 * DAY);
      expect(s.completedAt!.getTime()).toBeLessThan(NOW.getTime());
    }
    const spanDays = (Math.max(...processed.map((s) => s.startedAt!.getTime())) - Math.min(...processed.map((s) => s.startedAt!.getTime()))) / DAY;
    expect(spanDays).toBeGreaterThan(28);

    const abandoned = sessions.filter((s) => s.status === "abandoned");
    expect(abandoned).toHaveLength(1);
    expect(abandoned[0]).toMatchObject({ processingStatus: "pending", completedAt: null, signalCount: 0 });

    const failed = sessions.filter((s) => s.processingStatus === "failed");
    expect(failed).toHaveLength(1);
    expect(failed[0].status).toBe("completed");
    expect(failed[0].processingError).toMatch(/failed after 3 attempts/);
    expect(failed[0].processingRuns[0]).toMatchObject({ status: "failed" });
    expect(failed[0].activity.map((a) => a.kind)).toContain("processing_failed");
  });

  it("creates signals of all six types, quoting the participant at the moment they said it", async () => {
    const signals = await db.signal.findMany({ where: { projectId: DEMO.projectId }, include: { session: { include: { messages: true } } } });
    expect(new Set(signals.map((s) => s.type))).toEqual(
      new Set(["firing_moment", "struggling_moment", "workaround", "emotional_response", "desired_outcome", "hiring_criteria"]),
    );
    for (const s of signals) {
      const said = s.session.messages.find((m) => m.role === "participant" && m.content.includes(s.quote));
      expect(said, s.quote).toBeDefined();
      expect(s.offsetMs).toBe(said!.offsetMs);
      expect(s.intensity).toBeGreaterThan(0);
      expect(s.intensity).toBeLessThanOrEqual(1);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("creates tasks across statuses, prioritized from their evidence with a breakdown", async () => {
    const tasks = await db.task.findMany({
      where: { projectId: DEMO.projectId },
      include: { signals: { include: { signal: { include: { session: true } } } } },
    });
    expect(new Set(tasks.map((t) => t.status)).size).toBeGreaterThanOrEqual(5);
    for (const t of tasks) {
      expect(t.signals.length, t.title).toBeGreaterThan(0);
      expect(t.signalCount).toBe(t.signals.length);
      expect(t.sessionCount).toBe(new Set(t.signals.map((l) => l.signal.sessionId)).size);
      expect(Object.keys(t.priorityBreakdown as object).sort()).toEqual(["breadth", "frequency", "intensity", "recency", "urgency"]);
      const expected = computePriority(
        t.signals.map(({ signal }) => ({ ...signal, participantKey: signal.session.participantEmail ?? signal.sessionId })),
        NOW,
      );
      expect(t.priorityScore).toBe(expected.score);
      expect(t.priorityBreakdown).toEqual(expected.breakdown);
      expect(t.priorityLabel).toBe(priorityLabel(t.priorityScore));
    }
    // a demo worth looking at: more than one label on the board
    expect(new Set(tasks.map((t) => t.priorityLabel)).size).toBeGreaterThan(1);
  });

  it("gives the same data when run again, and leaves other projects alone", async () => {
    const other = await createOwnerWithProject(db);
    await createSession(db, { projectId: other.project.id });
    const before = await tableCounts();
    const ids = async () => (await db.signal.findMany({ where: { projectId: DEMO.projectId }, select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id);
    const signalIdsBefore = await ids();

    const again = await seedDemoData({ databaseUrl, now: NOW });

    expect(again).toEqual(summary);
    expect(await tableCounts()).toEqual(before);
    expect(await ids()).toEqual(signalIdsBefore);
    expect(await db.session.count({ where: { projectId: other.project.id } })).toBe(1);
    expect(await db.user.count({ where: { email: DEMO.ownerEmail } })).toBe(1);
  });

  it("refuses a database that is not on this machine, without touching anything", async () => {
    const before = await tableCounts();
    await expect(seedDemoData({ databaseUrl: "postgresql://u@db.example.com/x" })).rejects.toThrow(/non-local database \(host "db\.example\.com"\)/);
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
