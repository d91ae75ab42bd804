// The analysis step against real PostgreSQL and the real Anthropic SDK talking to the fake: every
// extraction window and the summary are in flight together, each commits on its own, and a retry
// after a failure asks the model again only for what failed.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { analysisResponder, isExtractionRequest } from "@/tests/fakes/analysis-replies";
import { startFakeAiServer } from "@/tests/fakes/fake-ai-server";

// every call takes a second and notes when it started, so overlap is visible without timing the test
const started: { at: number; kind: string }[] = [];
const fake = await startFakeAiServer({
  latency: {
    log: [],
    claude: (req) => (started.push({ at: Date.now(), kind: isExtractionRequest(req) ? "extract" : "summary" }), 1_000),
    transcription: () => 0,
  },
});
for (const [k, v] of Object.entries(fake.env("test-key"))) vi.stubEnv(k, v);

const { db } = await import("@/lib/db");
const { analyseSession, loadExtractedSignals } = await import("./analyse-session");
const { startProcessingRun } = await import("./start-processing-run");
const { WINDOW_CHARS } = await import("./session-windows");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");

afterAll(async () => {
  vi.unstubAllEnvs();
  await fake.close();
});
beforeEach(() => {
  fake.reset();
  started.length = 0;
});

/** A session whose timeline is three windows long: one long answer per window. */
async function threeWindowSession() {
  const { project } = await createOwnerWithProject(db);
  const session = await db.session.create({
    data: { projectId: project.id, status: "completed", startedAt: new Date(Date.now() - 3_600_000), completedAt: new Date() },
  });
  const filler = "and then I export everything again by hand ".repeat(Math.ceil((WINDOW_CHARS * 0.8) / 44));
  for (let i = 0; i < 3; i++) {
    await db.sessionMessage.create({
      data: {
        sessionId: session.id,
        role: "participant",
        content: `Window ${i}: the export to Xero breaks ${filler}`,
        offsetMs: (i + 1) * 60_000,
      },
    });
  }
  const run = await startProcessingRun({ sessionId: session.id, trigger: "completed", inngestRunId: `inngest-${session.id}` });
  return { project, session, runId: run.runId };
}

const SIGNAL = {
  type: "struggling_moment",
  quote: "the export to Xero breaks",
  topic: "Exporting invoices",
  confidence: 0.9,
  intensity: 0.8,
};

describe("analyseSession", () => {
  it("runs every window and the summary side by side and keeps each window's signals", async () => {
    const { project, session, runId } = await threeWindowSession();
    fake.claude.use(analysisResponder([SIGNAL], "A studio owner fights the Xero export."));
    const result = await analyseSession({ projectId: project.id, sessionId: session.id, runId });

    expect(result).toEqual({ windows: 3, extracted: 3 });
    expect(started.map((s) => s.kind).sort()).toEqual(["extract", "extract", "extract", "summary"]);
    // all four calls started before the first one (1 s long) could have finished
    const first = Math.min(...started.map((s) => s.at));
    expect(Math.max(...started.map((s) => s.at)) - first).toBeLessThan(1_000);
    expect(await loadExtractedSignals(runId)).toHaveLength(3);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).summary).toContain("Xero");
    const steps = await db.processingStep.findMany({ where: { runId }, orderBy: { name: "asc" } });
    expect(steps.map((s) => [s.name, s.status])).toEqual([
      ["extract-0", "succeeded"],
      ["extract-1", "succeeded"],
      ["extract-2", "succeeded"],
      ["summarize", "succeeded"],
    ]);
  });

  it("after a failed window, a retry asks again only for that window", async () => {
    const { project, session, runId } = await threeWindowSession();
    fake.claude.when((req) => JSON.stringify(req.body.messages).includes("Window 1:"), { error: "server_error" }, 1);
    fake.claude.use(analysisResponder([SIGNAL], "A summary."));
    await expect(analyseSession({ projectId: project.id, sessionId: session.id, runId })).rejects.toThrow();
    expect((await db.extractionWindow.findMany({ where: { runId } })).map((w) => w.windowIndex).sort()).toEqual([0, 2]);

    const before = fake.claude.requests.length;
    await analyseSession({ projectId: project.id, sessionId: session.id, runId });
    const retried = fake.claude.requests.slice(before);
    expect(retried).toHaveLength(1);
    expect(JSON.stringify(retried[0].body.messages)).toContain("Window 1:");
    expect(await loadExtractedSignals(runId)).toHaveLength(3);
  });
});
