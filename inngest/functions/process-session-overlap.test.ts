// Two runs of process-session for one session at the same time — a replay from the Inngest
// dashboard, a second engine, a hand-sent event — bypass Inngest's concurrency key. The database
// decides (lib/processing/session-run-lock.ts): the newest run holds the session, the other one's
// results are discarded, and the session ends with exactly one set of signals.
import { InngestTestEngine } from "@inngest/test";
import { afterAll, describe, expect, it, vi } from "vitest";
import { analysisResponder } from "@/tests/fakes/analysis-replies";
import { type ClaudeReply, startFakeAiServer } from "@/tests/fakes/fake-ai-server";

const fake = await startFakeAiServer();
for (const [k, v] of Object.entries(fake.env("test-key"))) vi.stubEnv(k, v);

const { db } = await import("@/lib/db");
const { processSession } = await import("./process-session");
const { startProcessingRun } = await import("@/lib/processing/start-processing-run");
const { saveSessionSignals } = await import("@/lib/processing/save-session-signals");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");

afterAll(async () => {
  vi.unstubAllEnvs();
  await fake.close();
});

const LINES = ["Every month the export to Xero breaks and I redo it all by hand.", "I keep a spreadsheet of who has paid."];
const SIGNALS = [
  { type: "struggling_moment", quote: "the export to Xero breaks", topic: "Exporting invoices", confidence: 0.9, intensity: 0.8 },
  { type: "workaround", quote: "I keep a spreadsheet of who has paid", topic: "Tracking payments", confidence: 0.8, intensity: 0.5 },
];

async function completedSession() {
  const { project } = await createOwnerWithProject(db);
  const session = await db.session.create({
    data: { projectId: project.id, status: "completed", startedAt: new Date(Date.now() - 60_000), completedAt: new Date() },
  });
  for (const [i, content] of LINES.entries())
    await db.sessionMessage.create({ data: { sessionId: session.id, role: "participant", content, offsetMs: (i + 1) * 10_000 } });
  return { project, session };
}

describe("overlapping processing runs", () => {
  it("two runs started at once leave one set of signals and tasks, and the session processed", async () => {
    const { project, session } = await completedSession();
    // every Claude reply waits a little, so both runs are in flight at the same time
    fake.claude.use((req) => ({ ...analysisResponder(SIGNALS, "A summary.")(req), delayMs: 150 }) as ClaudeReply);
    const execute = (id: string) =>
      new InngestTestEngine({
        function: processSession,
        events: [{ id, name: "session/completed", data: { sessionId: session.id, projectId: project.id, reason: "ended" } }],
      }).execute();
    const outcomes = await Promise.all([execute("evt-a"), execute("evt-b")]);

    const signals = await db.signal.findMany({ where: { sessionId: session.id } });
    expect(signals.map((s) => s.quote).sort()).toEqual(SIGNALS.map((s) => s.quote).sort());
    const links = await db.taskSignal.count({ where: { signal: { sessionId: session.id } } });
    expect(links).toBe(SIGNALS.length);
    const after = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(after).toMatchObject({ processingStatus: "processed", signalCount: SIGNALS.length, processingError: null });
    // at most one run succeeded writing; a run that lost ended as superseded, not as a session failure
    const runs = await db.processingRun.findMany({ where: { sessionId: session.id } });
    expect(runs.filter((r) => r.status === "succeeded").length).toBeGreaterThanOrEqual(1);
    for (const r of runs.filter((r) => r.status === "failed")) expect(r.error).toMatch(/Superseded/);
    expect(outcomes.some((o) => o.error === undefined)).toBe(true);
  });

  it("a superseded run cannot save signals, and two saves of the holding run keep one set", async () => {
    const { session } = await completedSession();
    const first = await startProcessingRun({ sessionId: session.id, trigger: "completed", inngestRunId: "inngest-1" });
    const second = await startProcessingRun({ sessionId: session.id, trigger: "reprocess", inngestRunId: "inngest-2" });
    // a retried "start" of the same Inngest run resumes its own run
    expect((await startProcessingRun({ sessionId: session.id, trigger: "reprocess", inngestRunId: "inngest-2" })).runId).toBe(second.runId);

    const extracted = SIGNALS.map((s, i) => ({
      ...s,
      type: s.type as "workaround",
      context: "",
      analysis: "",
      offsetMs: (i + 1) * 10_000,
    }));
    await expect(saveSessionSignals({ sessionId: session.id, runId: first.runId, signals: extracted })).rejects.toThrow(/superseded/);
    await Promise.all([
      saveSessionSignals({ sessionId: session.id, runId: second.runId, signals: extracted }),
      saveSessionSignals({ sessionId: session.id, runId: second.runId, signals: extracted }),
    ]);
    expect(await db.signal.count({ where: { sessionId: session.id } })).toBe(SIGNALS.length);
    expect((await db.processingRun.findUniqueOrThrow({ where: { id: first.runId } })).status).toBe("failed");
  });
});
