// The process-session function run by @inngest/test (a fresh engine per run), against real
// PostgreSQL, real local media storage, and the real Anthropic/OpenAI SDKs talking to a loopback fake.
import { Readable } from "node:stream";
import { InngestTestEngine, mockCtx } from "@inngest/test";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { FakeAiServer } from "@/tests/fakes/fake-ai-server";
import { analysisResponder } from "@/tests/fakes/analysis-replies";
import { startFakeAiServer } from "@/tests/fakes/fake-ai-server";

const fake: FakeAiServer = await startFakeAiServer();
for (const [k, v] of Object.entries(fake.env("test-key"))) vi.stubEnv(k, v);

// app modules read the environment on first use, so they are imported after it is set
const { db } = await import("@/lib/db");
const { mediaStorage } = await import("@/lib/storage");
const { processSession } = await import("./process-session");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");

afterAll(async () => {
  vi.unstubAllEnvs();
  await fake.close();
});
beforeEach(() => fake.reset());

const PARTICIPANT_LINES = [
  "I run a small design studio and I send about twenty invoices a month.",
  "Every month the export to Xero breaks and I redo it all by hand.",
  "Honestly it makes me dread the end of the month.",
  "I keep a spreadsheet of who has paid because I don't trust the reminders.",
  "I just want invoices to land in my accounting without me touching them.",
];

async function completedSession(opts: { audioChunks?: number } = {}) {
  const { project } = await createOwnerWithProject(db);
  const session = await db.session.create({
    data: {
      projectId: project.id,
      status: "completed",
      startedAt: new Date(Date.now() - 600_000),
      completedAt: new Date(),
      consentRecording: true,
    },
  });
  let offset = 0;
  for (const line of PARTICIPANT_LINES) {
    await db.sessionMessage.create({
      data: { sessionId: session.id, role: "interviewer", content: "Tell me more about that.", offsetMs: (offset += 10_000) },
    });
    await db.sessionMessage.create({ data: { sessionId: session.id, role: "participant", content: line, offsetMs: (offset += 10_000) } });
  }
  await db.sessionEvent.create({
    data: { sessionId: session.id, clientEventId: "e1", type: "click", offsetMs: 25_000, data: { selector: "button#export" } },
  });
  for (let i = 0; i < (opts.audioChunks ?? 0); i++) {
    const key = `projects/${project.id}/sessions/${session.id}/audio/${String(i).padStart(6, "0")}.webm`;
    const bytes = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(64, i)]);
    await mediaStorage().put(key, Readable.from([bytes]), { contentType: "audio/webm", contentLength: bytes.length });
    await db.mediaChunk.create({
      data: {
        sessionId: session.id,
        kind: "audio",
        chunkIndex: i,
        storageKey: key,
        sizeBytes: bytes.length,
        mimeType: "audio/webm",
        startOffsetMs: 200_000 + i * 5000,
        durationMs: 5000,
        transcriptStatus: "pending",
      },
    });
  }
  return { project, session };
}

const GOOD_SIGNALS = [
  {
    type: "struggling_moment",
    quote: "the export to Xero breaks and I redo it all by hand",
    topic: "Exporting invoices to accounting software",
    context: "monthly close",
    analysis: "Export is unreliable.",
    confidence: 0.9,
    intensity: 0.8,
  },
  {
    type: "emotional_response",
    quote: "it makes me dread the end of the month",
    topic: "Exporting invoices to accounting software",
    analysis: "Strong negative emotion.",
    confidence: 0.8,
    intensity: 0.7,
  },
  {
    type: "workaround",
    quote: "I keep a spreadsheet of who has paid",
    topic: "Tracking which clients have paid",
    confidence: 0.85,
    intensity: 0.5,
  },
  {
    type: "desired_outcome",
    quote: "I just want invoices to land in my accounting without me touching them",
    topic: "Invoices synced to accounting automatically",
    confidence: 0.9,
    intensity: 0.6,
  },
];

/** Claude answers extraction calls with `signals` and summary calls with a summary. */
function scriptClaude(signals: object[] = GOOD_SIGNALS) {
  fake.claude.use(
    analysisResponder(signals, "A studio owner who invoices monthly struggles with the Xero export and wants automatic sync."),
  );
}

async function run(event: { name: string; data: Record<string, unknown>; id?: string }) {
  const engine = new InngestTestEngine({ function: processSession, events: [{ id: event.id ?? crypto.randomUUID(), ...event }] });
  return engine.execute();
}

async function derivedState(sessionId: string, projectId: string) {
  const signals = await db.signal.findMany({
    where: { sessionId },
    orderBy: { offsetMs: "asc" },
    select: { type: true, quote: true, topic: true, offsetMs: true, confidence: true, intensity: true },
  });
  const tasks = await db.task.findMany({
    where: { projectId },
    orderBy: { title: "asc" },
    select: { title: true, type: true, status: true, priorityScore: true, priorityLabel: true, signalCount: true, sessionCount: true },
  });
  return { signals, tasks };
}

describe("process-session", () => {
  it("turns a finished session into transcripts, signals, prioritized tasks and a summary", async () => {
    const { session, project } = await completedSession({ audioChunks: 2 });
    fake.transcription.use((req) => `spoken words ${req.path}`);
    scriptClaude();
    const { result, error } = await run({
      name: "session/completed",
      data: { sessionId: session.id, projectId: project.id, reason: "ended" },
    });
    expect(error).toBeUndefined();
    expect(result).toEqual({ sessionId: session.id, signals: 4, tasks: 2 });

    const after = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(after).toMatchObject({ processingStatus: "processed", signalCount: 4, processingError: null });
    expect(after.summary).toContain("Xero");
    expect(Number(after.costUsd)).toBeGreaterThan(0);
    expect(after.audioSeconds).toBe(10);

    const chunks = await db.mediaChunk.findMany({ where: { sessionId: session.id }, orderBy: { chunkIndex: "asc" } });
    expect(chunks.map((c) => c.transcriptStatus)).toEqual(["done", "done"]);
    expect(fake.transcription.requests).toHaveLength(2);

    const { signals, tasks } = await derivedState(session.id, project.id);
    // each signal sits at the moment its quote was said
    expect(signals.map((s) => [s.type, s.offsetMs])).toEqual([
      ["struggling_moment", 40_000],
      ["emotional_response", 60_000],
      ["workaround", 80_000],
      ["desired_outcome", 100_000],
    ]);
    // the export struggle, the dread and the wish for automatic sync are one problem; payments another
    expect(tasks.map((t) => [t.title, t.signalCount])).toEqual([
      ["Exporting invoices to accounting software", 3],
      ["Tracking which clients have paid", 1],
    ]);
    expect(tasks.every((t) => t.priorityScore > 0 && t.sessionCount === 1)).toBe(true);

    const runs = await db.processingRun.findMany({ where: { sessionId: session.id }, include: { steps: true } });
    expect(runs).toHaveLength(1);
    expect(runs[0].status).toBe("succeeded");
    expect(runs[0].steps.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "plan-transcription",
        "transcribe-0",
        "build-timeline",
        "extract-0",
        "save-signals",
        "match-tasks",
        "recompute-priorities",
        "summarize",
        "finish",
      ]),
    );
    expect(runs[0].steps.every((s) => s.status === "succeeded")).toBe(true);
    const usage = await db.llmUsage.findMany({ where: { sessionId: session.id } });
    expect(usage.map((u) => u.purpose).sort()).toEqual(["extract", "summary", "transcribe"]);
    expect(usage.every((u) => Number(u.costUsd) > 0)).toBe(true);
    const activity = await db.sessionActivity.findMany({ where: { sessionId: session.id }, orderBy: { createdAt: "asc" } });
    expect(activity.map((a) => a.kind)).toEqual(["processing_started", "processed"]);

    // the extraction prompt shape: forced tool call, cached system prompt, the timeline starts the user turn
    const call = fake.claude.requests.find((r) => r.body.tools?.length)!;
    expect(call.body.tool_choice).toEqual({ type: "tool", name: "record_signals" });
    expect(call.body.messages[0].role).toBe("user");
    expect(JSON.stringify(call.body.system)).toContain('"cache_control":{"type":"ephemeral"}');
  });

  it("passes only ids and counts between steps: no quote, transcript or summary in step state", async () => {
    const { session, project } = await completedSession({ audioChunks: 1 });
    fake.transcription.use(() => "spoken words about the Xero export");
    scriptClaude();
    const { error, state } = await run({
      name: "session/completed",
      data: { sessionId: session.id, projectId: project.id, reason: "ended" },
    });
    expect(error).toBeUndefined();
    const results = await Promise.all(Object.values(state));
    expect(results.length).toBeGreaterThanOrEqual(8);
    const stored = JSON.stringify(results);
    for (const words of [...GOOD_SIGNALS.map((s) => s.quote), ...PARTICIPANT_LINES, "spoken words", "Xero"])
      expect(stored).not.toContain(words);
    // every string in a step result is an id (or the skip reason, absent here)
    const strings = stored.match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    for (const value of strings) expect(value.length).toBeLessThanOrEqual(40);
  });

  it("a transcription failure is retried later without redoing finished chunks", async () => {
    const { session, project } = await completedSession({ audioChunks: 3 });
    scriptClaude();
    // the third chunk's transcription fails on the first run (files are named chunk-<index>.webm)
    const words = ["first chunk", "second chunk", "third chunk"];
    let thirdFails = true;
    fake.transcription.use((req) => {
      const index = Number(/chunk-(\d+)/.exec(req.file?.name ?? "")?.[1]);
      if (index === 2 && thirdFails) return { error: "server_error" };
      return words[index];
    });
    const first = await run({ name: "session/completed", data: { sessionId: session.id, projectId: project.id, reason: "ended" } });
    expect(first.error).toBeDefined();
    const mid = await db.mediaChunk.findMany({ where: { sessionId: session.id }, orderBy: { chunkIndex: "asc" } });
    expect(mid.map((c) => c.transcriptStatus)).toEqual(["done", "done", "pending"]);
    // this attempt will be retried: not failed
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).processingStatus).toBe("processing");

    thirdFails = false;
    fake.transcription.requests.length = 0;
    const second = await run({ name: "session/completed", data: { sessionId: session.id, projectId: project.id, reason: "ended" } });
    expect(second.error).toBeUndefined();
    expect(fake.transcription.requests).toHaveLength(1);
    const done = await db.mediaChunk.findMany({ where: { sessionId: session.id }, orderBy: { chunkIndex: "asc" } });
    expect(done.map((c) => c.transcriptText)).toEqual(["first chunk", "second chunk", "third chunk"]);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).processingStatus).toBe("processed");
  });

  it("a quote that is not the participant's words is dropped and counted on the step; the other signals are kept", async () => {
    const { session, project } = await completedSession();
    scriptClaude([{ ...GOOD_SIGNALS[0], quote: "words the participant never said" }, ...GOOD_SIGNALS.slice(1)]);
    const { error } = await run({ name: "session/completed", data: { sessionId: session.id, projectId: project.id, reason: "ended" } });
    expect(error).toBeUndefined();
    const { signals } = await derivedState(session.id, project.id);
    expect(signals.map((s) => s.quote)).toEqual(GOOD_SIGNALS.slice(1).map((s) => s.quote));
    const step = await db.processingStep.findFirstOrThrow({ where: { name: "extract-0", run: { sessionId: session.id } } });
    expect(step.status).toBe("succeeded");
    expect(step.output).toMatchObject({
      signals: 3,
      quotesDropped: 1,
      invalidDropped: 0,
      dropExamples: ['"words the participant never said" is not in the participant\'s words'],
    });
  });

  it("an unusable answer (no signals list) fails the step, to be retried", async () => {
    const { session, project } = await completedSession();
    fake.claude.use((req) =>
      req.body.tools?.length ? { content: [{ type: "tool_use", name: "record_signals", input: { findings: [] } }] } : "summary",
    );
    const { error } = await run({ name: "session/completed", data: { sessionId: session.id, projectId: project.id, reason: "ended" } });
    expect(error).toBeDefined();
    expect(await db.signal.count({ where: { sessionId: session.id } })).toBe(0);
    const step = await db.processingStep.findFirstOrThrow({ where: { name: "extract-0", run: { sessionId: session.id } } });
    expect(step.status).toBe("failed");
    expect(step.error).toContain("does not match the schema");
    // this attempt will be retried, so the session does not show as failed
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).processingStatus).toBe("processing");
  });

  it("a transient failure on a step's last attempt (its retries come from the function) marks the session failed, once", async () => {
    const { session, project } = await completedSession();
    fake.claude.use(() => ({ error: "server_error" }));
    const event = {
      id: crypto.randomUUID(),
      name: "session/completed",
      data: { sessionId: session.id, projectId: project.id, reason: "ended" },
    };
    const attemptNumber = (attempt: number) =>
      new InngestTestEngine({ function: processSession, events: [event], transformCtx: (ctx) => ({ ...mockCtx(ctx), attempt }) }).execute();

    expect((await attemptNumber(1)).error).toBeDefined();
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).processingStatus).toBe("processing");

    const last = await attemptNumber(2);
    expect(String((last.error as Error).name)).toBe("NonRetriableError");
    const after = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.processingStatus).toBe("failed");
    expect(after.processingError).toContain("Internal server error");
    expect(await db.sessionActivity.count({ where: { sessionId: session.id, kind: "processing_failed" } })).toBe(1);
  });

  it("a missing API key is a non-retriable failure with a readable reason", async () => {
    const { session, project } = await completedSession();
    vi.stubEnv("ANTHROPIC_API_KEY", "");
    vi.resetModules();
    try {
      const { processSession: fresh } = await import("./process-session");
      const engine = new InngestTestEngine({
        function: fresh,
        events: [{ name: "session/completed", data: { sessionId: session.id, projectId: project.id, reason: "ended" } }],
      });
      const { error } = await engine.execute();
      expect(error).toBeDefined();
      expect(String((error as Error).name)).toBe("NonRetriableError");
    } finally {
      vi.stubEnv("ANTHROPIC_API_KEY", "test-key");
      vi.resetModules();
    }
    const after = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.processingStatus).toBe("failed");
    expect(after.processingError).toBe("Signal extraction needs ANTHROPIC_API_KEY");
    const activity = await db.sessionActivity.findFirstOrThrow({ where: { sessionId: session.id, kind: "processing_failed" } });
    expect(activity.message).toBe("Signal extraction needs ANTHROPIC_API_KEY");
  });

  it("delivering the same event twice gives identical signals and tasks, never duplicates", async () => {
    const { session, project } = await completedSession();
    scriptClaude();
    const event = { id: "same-event", name: "session/completed", data: { sessionId: session.id, projectId: project.id, reason: "ended" } };
    expect((await run(event)).error).toBeUndefined();
    const once = await derivedState(session.id, project.id);
    expect((await run(event)).error).toBeUndefined();
    const twice = await derivedState(session.id, project.id);
    expect(twice).toEqual(once);
    expect(once.signals).toHaveLength(4);
    expect(once.tasks).toHaveLength(2);
  });

  it("a session with nothing to analyse is skipped cleanly, with the reason recorded", async () => {
    const { project } = await createOwnerWithProject(db);
    const session = await db.session.create({ data: { projectId: project.id, status: "completed" } });
    const { result, error } = await run({
      name: "session/completed",
      data: { sessionId: session.id, projectId: project.id, reason: "ended" },
    });
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ skipped: "The session has no messages and no audio to analyse" });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).processingStatus).toBe("processed");
    expect((await db.processingRun.findFirstOrThrow({ where: { sessionId: session.id } })).status).toBe("skipped");
    expect(fake.claude.requests).toHaveLength(0);
  });
});
