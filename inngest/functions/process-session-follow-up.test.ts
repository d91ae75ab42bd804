// Processing a follow-up session: the real process-session function (@inngest/test), real
// PostgreSQL, the real Anthropic SDK against the loopback fake. Besides the normal signal extraction,
// each acceptance criterion gets a verdict grounded in the participant's words; verdicts replace the
// session's earlier ones; unusable answers fail the step so it is retried; the task's "verified fixed"
// is announced once.
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  analysisResponder,
  isVerdictRequest,
  UNUSABLE_VERDICT_REPLIES,
  VERDICT_RATE_LIMITED,
  verdictReply,
} from "@/tests/fakes/analysis-replies";
import { startFakeAiServer, type FakeAiServer } from "@/tests/fakes/fake-ai-server";
import { claude as verdictResponder } from "@/tests/fakes/responders/verdicts";
import { CRITERIA, followUpScenario, followUpTranscript } from "@/tests/helpers/follow-up-fixtures";

const fake: FakeAiServer = await startFakeAiServer();
for (const [k, v] of Object.entries(fake.env("test-key"))) vi.stubEnv(k, v);

const { db } = await import("@/lib/db");
const { processSession } = await import("./process-session");

afterAll(async () => {
  vi.unstubAllEnvs();
  await fake.close();
});
beforeEach(() => fake.reset());

const SIGNAL = {
  type: "struggling_moment",
  quote: "the totals are still off by a few cents",
  topic: "Invoice totals in accounting software",
  confidence: 0.9,
  intensity: 0.6,
};

/** Claude as a careful model: verdicts from the faithful responder, a new struggle, a summary. */
function answerWell() {
  fake.claude.use(verdictResponder);
  fake.claude.use(analysisResponder([SIGNAL], "A follow-up: the export now works, totals are still off."));
}

const ANSWERS = [
  "It works now, the invoices just showed up in Xero.",
  "I didn't try a failing one.",
  "Partly, the totals are still off by a few cents.",
];

async function scenario(answers = ANSWERS, options: Parameters<typeof followUpScenario>[1] = {}) {
  const s = await followUpScenario(db, options);
  for (const session of s.sessions)
    for (const [i, [role, content]] of followUpTranscript(answers).entries())
      await db.sessionMessage.create({ data: { sessionId: session.id, role, content, offsetMs: (i + 1) * 10_000 } });
  return s;
}

function process(session: { id: string; projectId: string }, name = "session/completed") {
  const data =
    name === "session/completed"
      ? { sessionId: session.id, projectId: session.projectId, reason: "ended" }
      : { sessionId: session.id, projectId: session.projectId, requestedBy: null };
  return new InngestTestEngine({ function: processSession, events: [{ id: crypto.randomUUID(), name, data } as never] }).execute();
}

/** Runs until the verdict step has run once: what Inngest would be told to do next. */
async function firstVerdictAttempt(session: { id: string; projectId: string }) {
  const engine = new InngestTestEngine({
    function: processSession,
    events: [
      {
        id: crypto.randomUUID(),
        name: "session/completed",
        data: { sessionId: session.id, projectId: session.projectId, reason: "ended" },
      },
    ],
  });
  const { result } = await engine["executeAndWaitFor"]("step-ran", { subset: { step: { name: "extract-verdicts" } } });
  const step = await db.processingStep.findFirstOrThrow({
    where: { name: "extract-verdicts", run: { sessionId: session.id } },
    orderBy: { startedAt: "desc" },
  });
  return { retriable: result.retriable, step };
}

const verdictsOf = (sessionId: string) =>
  db.followUpVerdict.findMany({
    where: { sessionId },
    orderBy: { criterionIndex: "asc" },
    select: { criterionIndex: true, criterion: true, verdict: true, quote: true, offsetMs: true, confidence: true, taskId: true },
  });

/** The outbox events of one project (the database is shared by this file's tests). */
const outbox = (name: string, projectId: string) =>
  db.outboxEvent.findMany({ where: { name, payload: { path: ["projectId"], equals: projectId } }, orderBy: { createdAt: "asc" } });

describe("processing a follow-up session", () => {
  it("saves one verdict per criterion with the participant's words and moment, and still extracts new struggles", async () => {
    const { session, task } = await scenario();
    answerWell();
    const { error } = await process(session);
    expect(error).toBeUndefined();

    expect(await verdictsOf(session.id)).toEqual([
      {
        criterionIndex: 0,
        criterion: CRITERIA[0],
        verdict: "fixed",
        quote: "It works now, the invoices just showed up in Xero",
        offsetMs: 40_000,
        confidence: 0.85,
        taskId: task.id,
      },
      {
        criterionIndex: 1,
        criterion: CRITERIA[1],
        verdict: "not_tried",
        quote: "I didn't try a failing one",
        offsetMs: 60_000,
        confidence: 0.6,
        taskId: task.id,
      },
      {
        criterionIndex: 2,
        criterion: CRITERIA[2],
        verdict: "partly",
        quote: "Partly, the totals are still off by a few cents",
        offsetMs: 80_000,
        confidence: 0.85,
        taskId: task.id,
      },
    ]);
    // the new struggle goes through the normal extraction, like any session's
    expect(await db.signal.findMany({ where: { sessionId: session.id }, select: { quote: true } })).toEqual([{ quote: SIGNAL.quote }]);
    const row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.processingStatus).toBe("processed");

    // the model saw the criteria, numbered, and the participant's words
    const request = fake.claude.requests.find(isVerdictRequest)!;
    expect(request.body.tool_choice).toEqual({ type: "tool", name: "record_verdicts" });
    const prompt = JSON.stringify(request.body.messages);
    expect(prompt).toContain(`[2] ${CRITERIA[2]}`);
    expect(prompt).toContain("Partly, the totals are still off");
    const step = await db.processingStep.findFirstOrThrow({ where: { name: "extract-verdicts", run: { sessionId: session.id } } });
    expect(step).toMatchObject({ status: "succeeded", output: { verdicts: 3, quotesDropped: 0, skipped: 0, taskVerified: false } });
    expect(await db.llmUsage.count({ where: { sessionId: session.id, step: "extract-verdicts", purpose: "extract" } })).toBe(1);
    // the PR comment is brought up to date
    expect((await outbox("follow-up/verdicts.updated", session.projectId)).map((e) => e.payload)).toEqual([
      { projectId: session.projectId, taskId: task.id },
    ]);
  });

  it("replaces the verdicts on reprocess: no duplicates, the new judgement wins", async () => {
    const { session } = await scenario();
    answerWell();
    expect((await process(session)).error).toBeUndefined();
    expect(await db.followUpVerdict.count({ where: { sessionId: session.id } })).toBe(3);

    fake.reset();
    fake.claude.use((req) =>
      isVerdictRequest(req)
        ? verdictReply([{ criterionIndex: 0, verdict: "not_fixed", quote: "It works now", confidence: 0.7 }])
        : undefined,
    );
    fake.claude.use(analysisResponder([SIGNAL], "Summary."));
    expect((await process(session, "session/reprocess.requested")).error).toBeUndefined();
    const after = await verdictsOf(session.id);
    expect(after.map((v) => [v.criterionIndex, v.verdict, v.confidence])).toEqual([
      [0, "not_fixed", 0.7],
      // criteria the model skipped: not tried, nothing said
      [1, "not_tried", 0],
      [2, "not_tried", 0],
    ]);
    expect(await db.signal.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("a quote the participant never said: the verdict is kept without it, below the confidence the overall rule counts", async () => {
    const { session } = await scenario();
    fake.claude.use((req) =>
      isVerdictRequest(req)
        ? verdictReply([
            { criterionIndex: 0, verdict: "fixed", quote: "It works perfectly every single time now", confidence: 0.9 },
            { criterionIndex: 1, verdict: "fixed", quote: null, confidence: 0.8 },
            { criterionIndex: 2, verdict: "partly", quote: "“partly, the totals are STILL off by a few cents”", confidence: 0.8 },
          ])
        : undefined,
    );
    fake.claude.use(analysisResponder([], "Summary."));
    expect((await process(session)).error).toBeUndefined();
    const { MIN_CONFIDENCE } = await import("@/lib/follow-up/overall-verdict");
    const saved = await verdictsOf(session.id);
    expect(saved.map((v) => [v.verdict, v.quote])).toEqual([
      ["fixed", null],
      ["fixed", null],
      // loosely quoted is still their words: stored as they wrote it
      ["partly", "Partly, the totals are still off by a few cents"],
    ]);
    expect(saved[0].confidence).toBeLessThan(MIN_CONFIDENCE);
    expect(saved[1].confidence).toBeLessThan(MIN_CONFIDENCE);
    expect(saved[2].confidence).toBe(0.8);
    const step = await db.processingStep.findFirstOrThrow({ where: { name: "extract-verdicts", run: { sessionId: session.id } } });
    expect(step.output).toMatchObject({ verdicts: 3, quotesDropped: 2 });
  });

  it.each(Object.entries(UNUSABLE_VERDICT_REPLIES))(
    "an unusable answer (%s) fails the step, saves nothing, and is retried",
    async (_name, reply) => {
      const { session } = await scenario();
      fake.claude.when(isVerdictRequest, reply, 1);
      answerWell();
      const first = await firstVerdictAttempt(session);
      expect(first.step.status).toBe("failed");
      expect(first.retriable).toBe("60");
      expect(await db.followUpVerdict.count({ where: { sessionId: session.id } })).toBe(0);
      expect(await outbox("follow-up/verdicts.updated", session.projectId)).toHaveLength(0);

      const retry = await process(session);
      expect(retry.error).toBeUndefined();
      expect((await verdictsOf(session.id)).map((v) => v.verdict)).toEqual(["fixed", "not_tried", "partly"]);
    },
  );

  it("a 429 rate limit: retried after the provider's retry-after, then saved", async () => {
    const { session } = await scenario();
    fake.claude.when(isVerdictRequest, VERDICT_RATE_LIMITED, 1);
    answerWell();
    const first = await firstVerdictAttempt(session);
    expect(first.retriable).toBe("5");
    expect(first.step.error).toContain("rate limit");
    expect((await process(session)).error).toBeUndefined();
    expect(await db.followUpVerdict.count({ where: { sessionId: session.id } })).toBe(3);
  });

  it("announces task.verified once, when the verdicts make the task verified fixed", async () => {
    const fixed = [
      "It works now, they just showed up.",
      "It works, it named the invoice that failed.",
      "It works, the totals match exactly.",
    ];
    const { sessions, task } = await scenario(fixed, { participants: 2 });
    answerWell();
    const verified = async () =>
      (await outbox("integrations/event.emitted", task.projectId))
        .map((e) => e.payload as { type: string; data: Record<string, unknown> })
        .filter((e) => e.type === "task.verified");
    expect((await process(sessions[0])).error).toBeUndefined();
    // one participant is not enough evidence
    expect(await verified()).toHaveLength(0);
    expect((await process(sessions[1])).error).toBeUndefined();
    expect(await verified()).toEqual([
      expect.objectContaining({ type: "task.verified", data: expect.objectContaining({ taskId: task.id, verdict: "verified_fixed" }) }),
    ]);
    // reprocessing changes nothing: still verified, nothing new announced
    expect((await process(sessions[1], "session/reprocess.requested")).error).toBeUndefined();
    expect(await verified()).toHaveLength(1);
    expect(await db.followUpVerdict.count({ where: { taskId: task.id } })).toBe(6);
  });

  it("a discovery session gets no verdict step", async () => {
    const { session } = await scenario();
    await db.session.update({ where: { id: session.id }, data: { purpose: "discovery" } });
    answerWell();
    expect((await process(session)).error).toBeUndefined();
    expect(await db.processingStep.count({ where: { name: "extract-verdicts", run: { sessionId: session.id } } })).toBe(0);
    expect(fake.claude.requests.some(isVerdictRequest)).toBe(false);
  });
});
