// How processing copes with Claude misbehaving, end to end: the real process-session function
// (@inngest/test), real PostgreSQL, the real Anthropic SDK against the loopback fake switched to
// each behaviour. Transient failures fail the window's step with the retry Inngest should make
// (the provider's retry-after when it sent one); loose quotes are grounded; paraphrased or invented
// quotes and incomplete signals are dropped and counted, never stored.
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { isExtractionRequest, signalExtractionReply } from "@/tests/fakes/analysis-replies";
import { startFakeAiServer, type FakeAiServer } from "@/tests/fakes/fake-ai-server";

const fake: FakeAiServer = await startFakeAiServer();
for (const [k, v] of Object.entries(fake.env("test-key"))) vi.stubEnv(k, v);

const { db } = await import("@/lib/db");
const { processSession } = await import("./process-session");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");

afterAll(async () => {
  vi.unstubAllEnvs();
  await fake.close();
});
beforeEach(() => fake.reset());

const LINES: [speaker: "interviewer" | "participant", text: string][] = [
  ["interviewer", "Tell me about the last time you closed the month."],
  ["participant", "Every month the export to Xero breaks and I redo it all by hand."],
  ["interviewer", "How does that feel?"],
  ["participant", "Honestly it makes me dread the end of the month."],
  ["participant", "I keep a spreadsheet of who has paid because I don't trust the reminders."],
  ["interviewer", "What would you want instead?"],
  ["participant", "I just want invoices to land in my accounting without me touching them."],
];

async function completedSession() {
  const { project } = await createOwnerWithProject(db);
  const session = await db.session.create({
    data: { projectId: project.id, status: "completed", startedAt: new Date(Date.now() - 600_000), completedAt: new Date() },
  });
  for (const [i, [role, content]] of LINES.entries()) {
    await db.sessionMessage.create({ data: { sessionId: session.id, role, content, offsetMs: (i + 1) * 10_000 } });
  }
  return { project, session };
}

async function process(s: Awaited<ReturnType<typeof completedSession>>) {
  const engine = new InngestTestEngine({
    function: processSession,
    events: [
      { id: crypto.randomUUID(), name: "session/completed", data: { sessionId: s.session.id, projectId: s.project.id, reason: "ended" } },
    ],
  });
  return engine.execute();
}

const extractStep = (sessionId: string) =>
  db.processingStep.findFirstOrThrow({ where: { name: "extract-0", run: { sessionId } }, orderBy: { startedAt: "desc" } });

const signal = (quote: string, extra: Record<string, unknown> = {}) => ({
  type: "struggling_moment",
  quote,
  topic: "Exporting invoices to accounting software",
  context: "",
  analysis: "",
  confidence: 0.8,
  intensity: 0.7,
  ...extra,
});

/** Runs the function until the analysis step (extraction windows and summary) has run once: what Inngest would be told to do next. */
async function firstExtractAttempt(s: Awaited<ReturnType<typeof completedSession>>) {
  const engine = new InngestTestEngine({
    function: processSession,
    events: [
      { id: crypto.randomUUID(), name: "session/completed", data: { sessionId: s.session.id, projectId: s.project.id, reason: "ended" } },
    ],
  });
  // executeAndWaitFor is marked internal, but it is the one way to see the checkpoint's `retriable`
  const { result } = await engine["executeAndWaitFor"]("step-ran", { subset: { step: { name: "analyse" } } });
  return { retriable: result.retriable, step: await extractStep(s.session.id) };
}

const GOOD = [
  signal("the export to Xero breaks and I redo it all by hand"),
  signal("I keep a spreadsheet of who has paid", { type: "workaround", topic: "Tracking which clients have paid" }),
];

function answerWell() {
  fake.claude.use((req) => (req.body.tools?.length ? signalExtractionReply(GOOD) : { text: "A studio owner fights the Xero export." }));
}

describe("transient failures of the extraction call", () => {
  it("429 with retry-after: the step fails and Inngest is told to retry after the server's delay; the retry succeeds", async () => {
    const s = await completedSession();
    // the extraction call fails (the summary runs beside it and may answer first)
    fake.claude.when(
      isExtractionRequest,
      {
        error: {
          status: 429,
          type: "rate_limit_error",
          message: "Number of request tokens has exceeded your per-minute rate limit",
          retryAfter: 7,
        },
      },
      1,
    );
    const first = await firstExtractAttempt(s);
    expect(first.retriable).toBe("7");
    expect(first.step).toMatchObject({ status: "failed" });
    expect(first.step.error).toContain("rate limit");
    expect((await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).processingStatus).toBe("processing");

    answerWell();
    const retry = await process(s);
    expect(retry.error).toBeUndefined();
    expect(await db.signal.count({ where: { sessionId: s.session.id } })).toBe(2);
    expect((await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).processingStatus).toBe("processed");
  });

  it.each([
    ["529 overloaded", { error: { status: 529, type: "overloaded_error", message: "Overloaded", retryAfter: null } }, "overloaded"],
    ["500", { error: "server_error" }, "Internal server error"],
    ["a reply cut off halfway", { ...signalExtractionReply(GOOD), cutAfterChunks: 1 }, "terminated"],
  ] as const)("%s without retry-after: the step fails and is retried on the pipeline's schedule (1 min)", async (_name, reply, message) => {
    const s = await completedSession();
    fake.claude.when(isExtractionRequest, reply, 1);
    const first = await firstExtractAttempt(s);
    expect(first.retriable).toBe("60");
    expect(first.step.status).toBe("failed");
    expect(first.step.error).toContain(message);
    expect(await db.signal.count({ where: { sessionId: s.session.id } })).toBe(0);
  });

  it("a call that never answers times out and is retried", async () => {
    const { extractWindowSignals } = await import("@/lib/processing/extract-window-signals");
    const { isRetriableAiError } = await import("@/lib/ai/retry");
    const { processSessionPolicy } = await import("./process-session");
    fake.claude.reply({ hang: true });
    const window = LINES.map(([speaker, text], i) => ({ offsetMs: i * 1000, kind: "message" as const, speaker, text }));
    const started = Date.now();
    const error = await extractWindowSignals({
      projectId: "p",
      sessionId: "s",
      runId: "r",
      window,
      windowIndex: 0,
      windowCount: 1,
      timeoutMs: 300,
    }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error).toMatchObject({ name: "APIConnectionTimeoutError" });
    expect(isRetriableAiError(error)).toBe(true);
    expect(processSessionPolicy.toInngestError(error, 0)).toMatchObject({ name: "RetryAfterError", retryAfter: "60" });
  });
});

describe("answers that are partly unusable", () => {
  it("a tool call with a signal missing a field: that signal is dropped and counted, the others are kept", async () => {
    const s = await completedSession();
    const { topic: _noTopic, ...missingTopic } = signal("Honestly it makes me dread the end of the month", { type: "emotional_response" });
    const { quote: _noQuote, ...missingQuote } = signal("unused");
    fake.claude.use((req) =>
      req.body.tools?.length ? signalExtractionReply([GOOD[0], missingTopic, missingQuote, GOOD[1]]) : { text: "Summary." },
    );
    const { error } = await process(s);
    expect(error).toBeUndefined();
    const saved = await db.signal.findMany({ where: { sessionId: s.session.id }, orderBy: { offsetMs: "asc" } });
    expect(saved.map((x) => x.quote)).toEqual(GOOD.map((g) => g.quote));
    const step = await extractStep(s.session.id);
    expect(step.status).toBe("succeeded");
    expect(step.output).toMatchObject({ signals: 2, quotesDropped: 0, invalidDropped: 2 });
    expect((step.output as { dropExamples: string[] }).dropExamples).toEqual([
      expect.stringMatching(/^signal 2: topic/),
      expect.stringMatching(/^signal 3: quote/),
    ]);
  });
});

describe("the fake's messy behaviour, through the whole pipeline", () => {
  it("keeps every loosely quoted signal with the participant's exact words, drops and counts the paraphrased, invented and incomplete ones", async () => {
    const { claude: analysisResponder, faithfulSignals } = await import("@/tests/fakes/responders/analysis");
    const { messySignals, parseRenderedTimeline, EXPECTED } = await import("@/tests/fakes/messy-extraction");
    const { lastUserText } = await import("@/tests/fakes/fake-ai-server");
    const { MESSY_SESSION } = await import("@/tests/fixtures/grounding/messy-session");
    const { project } = await createOwnerWithProject(db);
    const session = await db.session.create({
      data: { projectId: project.id, status: "completed", startedAt: new Date(Date.now() - 600_000), completedAt: new Date() },
    });
    for (const [i, [role, content]] of MESSY_SESSION.entries())
      await db.sessionMessage.create({ data: { sessionId: session.id, role, content, offsetMs: (i + 1) * 10_000 } });
    fake.setBehaviour({ quotes: "messy", seed: 10 });
    fake.claude.use(analysisResponder);

    const { error } = await process({ project, session });
    expect(error).toBeUndefined();

    // what the fake answered, recomputed from the request it got (same seed, same answer)
    const request = fake.claude.requests.find((r) => r.body.tools?.length)!;
    const lines = parseRenderedTimeline(lastUserText(request));
    const answered = messySignals(lines, faithfulSignals(lines), 10);
    const variations = answered.map((a) => a.variation);
    // the seed was chosen for a mix of every kind: loose but faithful, rewritten, invented, incomplete
    expect(variations).toEqual([
      "missing_field",
      "paraphrase",
      "ellipsis",
      "two_lines",
      "trimmed",
      "trimmed",
      "invented",
      "case",
      "invented",
    ]);

    const saved = await db.signal.findMany({ where: { sessionId: session.id } });
    const expectedKept = answered.filter((a) => EXPECTED[a.variation] === "kept");
    expect(saved).toHaveLength(expectedKept.length);
    const said = MESSY_SESSION.filter(([role]) => role === "participant")
      .map(([, text]) => text)
      .join(" ");
    for (const s of saved) {
      for (const piece of s.quote.split(" … ")) expect(said).toContain(piece);
    }
    const step = await extractStep(session.id);
    expect(step.output).toMatchObject({
      signals: expectedKept.length,
      quotesDropped: variations.filter((v) => EXPECTED[v] === "ungrounded").length,
      invalidDropped: variations.filter((v) => EXPECTED[v] === "invalid").length,
    });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).processingStatus).toBe("processed");
  });
});
