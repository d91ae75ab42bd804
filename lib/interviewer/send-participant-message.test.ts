// The interviewer use-cases against the real database and the real Anthropic SDK, talking to the
// loopback fake (tests/fakes/fake-ai-server.ts).
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resolvePublicKey } from "@/lib/access/public-key";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener, createSession } from "@/prisma/factories/research";
import { fakeInterviewerResponder } from "@/tests/fakes/fake-interviewer";

// The fake must be listening, and the app's env must point at it, before lib/env is first read.
const fake = await vi.hoisted(async () => {
  const { startFakeAiServer } = await import("@/tests/fakes/fake-ai-server");
  const server = await startFakeAiServer();
  Object.assign(process.env, server.env(), { ANTHROPIC_MODEL: "claude-sonnet-4-6" });
  return server;
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  fake.claude.use(fakeInterviewerResponder);
});

const { startInterview } = await import("./start-interview");
const { acceptParticipantMessage, replyToParticipant, sendParticipantMessage } = await import("./send-participant-message");

const fast = { retry: { baseDelayMs: 1 } };

async function setup(options: { status?: "pending" | "active" } = {}) {
  const { project, publicKey } = await createOwnerWithProject(db);
  const screener = await createScreener(db, { projectId: project.id, title: "Invoicing study" });
  const session = await createSession(db, {
    projectId: project.id,
    screenerId: screener.id,
    status: options.status ?? "pending",
    participantName: "Ana",
  });
  const caller = await resolvePublicKey(new Request(`http://localhost/x?key=${publicKey}`));
  return { project, session, caller, publicKey };
}

async function sessionRow(id: string) {
  return db.session.findUniqueOrThrow({ where: { id } });
}

async function transcript(sessionId: string) {
  return db.sessionMessage.findMany({ where: { sessionId }, orderBy: [{ offsetMs: "asc" }, { createdAt: "asc" }, { id: "asc" }] });
}

describe("a whole interview", () => {
  it("walks the seven phases, persists the phase each turn, closes and ends itself (outbox event written)", async () => {
    const { session, caller } = await setup();
    const started = await startInterview({ caller, sessionId: session.id, participantName: "Ana", ...fast });
    expect(started.opening?.role).toBe("interviewer");
    expect(started.session.status).toBe("active");

    const phasesSeen: string[] = [];
    let last;
    for (let i = 1; i <= 40; i++) {
      last = await sendParticipantMessage({
        caller,
        sessionId: session.id,
        clientMessageId: `m-${i}`,
        content: `Answer number ${i}, about our invoices.`,
        ...fast,
      });
      phasesSeen.push((await sessionRow(session.id)).currentPhase);
      if (last.ended) break;
    }
    expect(last!.ended).toBe(true);
    expect(phasesSeen).toHaveLength(35);
    expect(phasesSeen.slice(0, 4)).toEqual(["rapport", "rapport", "rapport", "first_thought"]);
    expect(phasesSeen[31]).toBe("wrap_up");

    const row = await sessionRow(session.id);
    expect(row).toMatchObject({ status: "completed", participantTurns: 35, currentPhase: "wrap_up" });
    expect(row.phaseTurns).toEqual({
      rapport: 4,
      first_thought: 6,
      passive_looking: 4,
      active_looking: 6,
      deciding: 4,
      first_use: 8,
      wrap_up: 3,
    });
    const outbox = await db.outboxEvent.findMany({ where: { name: "session/completed" } });
    expect(outbox.filter((e) => (e.payload as { sessionId: string }).sessionId === session.id)).toEqual([
      expect.objectContaining({ payload: { sessionId: session.id, projectId: session.projectId, reason: "auto_end" } }),
    ]);
    expect(await db.sessionActivity.count({ where: { sessionId: session.id, kind: "ended" } })).toBe(1);

    const messages = await transcript(session.id);
    expect(messages).toHaveLength(1 + 35 * 2);
    expect(messages.filter((m) => m.role === "participant").map((m) => m.phase)).toEqual([
      ...Array(4).fill("rapport"),
      ...Array(6).fill("first_thought"),
      ...Array(4).fill("passive_looking"),
      ...Array(6).fill("active_looking"),
      ...Array(4).fill("deciding"),
      ...Array(8).fill("first_use"),
      ...Array(3).fill("wrap_up"),
    ]);
    // the last model call was the closing one, and its answer has no question
    expect(fake.claude.requests.at(-1)!.body.system).toEqual(
      expect.arrayContaining([expect.objectContaining({ text: expect.stringContaining("Task: CLOSING") })]),
    );
    expect(messages.at(-1)).toMatchObject({ role: "interviewer", clientMessageId: "interviewer:reply:m-35" });
    expect(messages.at(-1)!.content).not.toContain("?");

    // after the end, nothing more is accepted
    await expect(
      acceptParticipantMessage({ caller, sessionId: session.id, clientMessageId: "late", content: "One more thing" }),
    ).rejects.toMatchObject({
      status: 409,
      message: "This interview has ended",
    });
  });

  it("keeps the phase in the database, not in memory: each turn runs on freshly loaded modules", async () => {
    const { session, caller } = await setup();
    await startInterview({ caller, sessionId: session.id, ...fast });
    for (let i = 1; i <= 5; i++) {
      vi.resetModules(); // a "server restart": every module, env and client is loaded again
      const fresh = await import("./send-participant-message");
      await fresh.sendParticipantMessage({ caller, sessionId: session.id, clientMessageId: `r-${i}`, content: `Reply ${i}`, ...fast });
    }
    const row = await sessionRow(session.id);
    expect(row).toMatchObject({ currentPhase: "first_thought", participantTurns: 5, phaseTurns: { rapport: 4, first_thought: 1 } });
    // the fifth answer was asked for in the new phase
    const states = fake.claude.requests.map((r) => /Current phase: (\w+)/.exec(JSON.stringify(r.body.system))?.[1]);
    expect(states).toEqual(["rapport", "rapport", "rapport", "rapport", "first_thought", "first_thought"]);
  });
});

describe("the request sent to Claude", () => {
  it("starts with a user turn, alternates, caches the stable prefix, uses the configured model and a short max_tokens", async () => {
    const { session, caller } = await setup();
    await startInterview({ caller, sessionId: session.id, participantName: "Ana", ...fast });
    await sendParticipantMessage({ caller, sessionId: session.id, clientMessageId: "a", content: "I run a small bakery.", ...fast });
    await sendParticipantMessage({ caller, sessionId: session.id, clientMessageId: "b", content: "Mostly early mornings.", ...fast });

    expect(fake.claude.requests).toHaveLength(3);
    for (const req of fake.claude.requests) {
      expect(req.body.model).toBe("claude-sonnet-4-6");
      expect(req.body.max_tokens).toBe(300);
      expect(req.stream).toBe(true);
      expect(req.apiKey).toBe("test");
      const system = req.body.system as { text: string; cache_control?: unknown }[];
      expect(system[0].cache_control).toEqual({ type: "ephemeral" });
      expect(system[0].text).toContain("One open question at a time");
      expect(system[1].text).toContain("Participant's name: Ana");
      expect(system[1].text).toContain("Study: Invoicing study");
      const roles = req.body.messages.map((m) => m.role);
      expect(roles[0]).toBe("user");
      expect(roles.at(-1)).toBe("user");
      roles.forEach((role, i) => i > 0 && expect(role).not.toBe(roles[i - 1]));
    }
    const last = fake.claude.requests[2].body.messages;
    expect(last).toHaveLength(5);
    expect(last.at(-1)).toEqual({ role: "user", content: "Mostly early mornings." });
  });
});

describe("model failures", () => {
  it("keeps the participant's message once; a resend with the same id generates only the missing reply", async () => {
    const { session, caller } = await setup();
    await startInterview({ caller, sessionId: session.id, ...fast });
    fake.claude.failNext(3, "overloaded");
    const failed = await sendParticipantMessage({
      caller,
      sessionId: session.id,
      clientMessageId: "x1",
      content: "It broke again on Friday.",
      ...fast,
    }).catch((e) => e);
    expect(failed).toMatchObject({ status: 503, code: "service_unavailable", details: { retryable: true, clientMessageId: "x1" } });
    expect(failed.message).toContain("Your message is saved");
    expect(fake.claude.requests).toHaveLength(1 + 3); // opening + three attempts

    let messages = await transcript(session.id);
    expect(messages.map((m) => m.role)).toEqual(["interviewer", "participant"]);
    expect((await sessionRow(session.id)).participantTurns).toBe(1);

    const retried = await sendParticipantMessage({
      caller,
      sessionId: session.id,
      clientMessageId: "x1",
      content: "It broke again on Friday.",
      ...fast,
    });
    expect(retried.reply?.role).toBe("interviewer");
    messages = await transcript(session.id);
    expect(messages.map((m) => m.role)).toEqual(["interviewer", "participant", "interviewer"]);
    expect((await sessionRow(session.id)).participantTurns).toBe(1);
    expect(fake.claude.requests).toHaveLength(5);

    // a third send of the same id returns the stored answer without calling the model
    const again = await sendParticipantMessage({
      caller,
      sessionId: session.id,
      clientMessageId: "x1",
      content: "It broke again on Friday.",
      ...fast,
    });
    expect(again.reply).toEqual(retried.reply);
    expect(fake.claude.requests).toHaveLength(5);
    expect(await db.sessionMessage.count({ where: { sessionId: session.id } })).toBe(3);
  });

  it("retries 5xx, a dropped stream, a timeout and empty output, restarting the streamed text", async () => {
    const { session, caller } = await setup();
    await startInterview({ caller, sessionId: session.id, ...fast });
    fake.claude.reply(
      { error: "server_error" },
      { text: "This part is lost when the stream", failAfterChunks: 2 },
      { hang: true },
      { malformed: "empty_content" },
      "What happened next?",
    );
    const deltas: string[] = [];
    let restarts = 0;
    const outcome = await sendParticipantMessage({
      caller,
      sessionId: session.id,
      clientMessageId: "y",
      content: "Then it crashed.",
      retry: { attempts: 5, baseDelayMs: 1 },
      timeoutMs: 300,
      onText: (t) => deltas.push(t),
      onRestart: () => {
        restarts++;
        deltas.length = 0;
      },
    });
    expect(outcome.reply?.content).toBe("What happened next?");
    expect(deltas.join("")).toBe("What happened next?");
    expect(restarts).toBe(1);
    expect(await db.sessionMessage.count({ where: { sessionId: session.id, role: "interviewer" } })).toBe(2);
  });

  it("does not retry a request the API refuses as invalid", async () => {
    const { session, caller } = await setup();
    await startInterview({ caller, sessionId: session.id, ...fast });
    fake.claude.reply({ error: "bad_request" }, "never used");
    await expect(
      sendParticipantMessage({ caller, sessionId: session.id, clientMessageId: "z", content: "Hello", ...fast }),
    ).rejects.toMatchObject({ status: 503 });
    expect(fake.claude.pending()).toBe(1);
  });

  it("closes with a fixed thank-you when the closing call fails, so a finished interview still ends", async () => {
    const { session, caller } = await setup({ status: "active" });
    await db.session.update({
      where: { id: session.id },
      data: {
        currentPhase: "wrap_up",
        phaseTurns: { rapport: 4, first_thought: 6, passive_looking: 4, active_looking: 6, deciding: 4, first_use: 8, wrap_up: 2 },
        participantTurns: 34,
      },
    });
    fake.claude.failNext(3, "overloaded");
    const outcome = await sendParticipantMessage({
      caller,
      sessionId: session.id,
      clientMessageId: "last",
      content: "No, that's all.",
      ...fast,
    });
    expect(outcome.ended).toBe(true);
    expect(outcome.reply?.content).toContain("Thank you, Ana");
    expect(await sessionRow(session.id)).toMatchObject({ status: "completed", participantTurns: 35 });
  });
});

describe("recovery", () => {
  it("a crash after the closing message but before the end: resending the last message ends the interview, without a model call", async () => {
    const { session, caller } = await setup({ status: "active" });
    await db.session.update({
      where: { id: session.id },
      data: {
        currentPhase: "wrap_up",
        phaseTurns: { rapport: 4, first_thought: 6, passive_looking: 4, active_looking: 6, deciding: 4, first_use: 8, wrap_up: 3 },
        participantTurns: 35,
      },
    });
    await db.sessionMessage.createMany({
      data: [
        { sessionId: session.id, role: "participant", content: "That's all.", offsetMs: 1000, phase: "wrap_up", clientMessageId: "final" },
        {
          sessionId: session.id,
          role: "interviewer",
          content: "Thank you, that is everything.",
          offsetMs: 2000,
          phase: "wrap_up",
          clientMessageId: "interviewer:reply:final",
        },
      ],
    });
    const outcome = await sendParticipantMessage({
      caller,
      sessionId: session.id,
      clientMessageId: "final",
      content: "That's all.",
      ...fast,
    });
    expect(outcome).toMatchObject({ ended: true, reply: { content: "Thank you, that is everything." } });
    expect(fake.claude.requests).toHaveLength(0);
    expect(await sessionRow(session.id)).toMatchObject({ status: "completed" });
    expect(
      (await db.outboxEvent.findMany({ where: { name: "session/completed" } })).filter(
        (e) => (e.payload as { sessionId: string }).sessionId === session.id,
      ),
    ).toHaveLength(1);
  });
});

describe("idempotency and races", () => {
  it("stores a message sent twice at once only once, and counts it once", async () => {
    const { session, caller } = await setup();
    await startInterview({ caller, sessionId: session.id, ...fast });
    const input = { caller, sessionId: session.id, clientMessageId: "dup", content: "Same message" };
    const [a, b] = await Promise.all([acceptParticipantMessage(input), acceptParticipantMessage(input)]);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(a.message.id).toBe(b.message.id);
    expect(await db.sessionMessage.count({ where: { sessionId: session.id, role: "participant" } })).toBe(1);
    expect((await sessionRow(session.id)).participantTurns).toBe(1);
    // both replies racing store one answer
    const [ra, rb] = await Promise.all([replyToParticipant({ accepted: a, ...fast }), replyToParticipant({ accepted: b, ...fast })]);
    expect(ra.reply?.id).toBe(rb.reply?.id);
    expect(await db.sessionMessage.count({ where: { sessionId: session.id, role: "interviewer" } })).toBe(2);
  });

  it("counts concurrent different messages each once", async () => {
    const { session, caller } = await setup();
    await startInterview({ caller, sessionId: session.id, ...fast });
    await Promise.all(
      ["p", "q", "r"].map((id) => acceptParticipantMessage({ caller, sessionId: session.id, clientMessageId: id, content: `msg ${id}` })),
    );
    expect(await sessionRow(session.id)).toMatchObject({ participantTurns: 3, phaseTurns: { rapport: 3 } });
  });

  it("refuses a reused id with other content (409), and an answer is not generated for a superseded message", async () => {
    const { session, caller } = await setup();
    await startInterview({ caller, sessionId: session.id, ...fast });
    fake.claude.failNext(3);
    await sendParticipantMessage({ caller, sessionId: session.id, clientMessageId: "old", content: "First", ...fast }).catch(() => null);
    await expect(
      acceptParticipantMessage({ caller, sessionId: session.id, clientMessageId: "old", content: "Different" }),
    ).rejects.toMatchObject({ status: 409 });
    const newer = await sendParticipantMessage({ caller, sessionId: session.id, clientMessageId: "new", content: "Second", ...fast });
    expect(fake.claude.requests.at(-1)!.body.messages.at(-1)).toEqual({ role: "user", content: "First\n\nSecond" });
    const calls = fake.claude.requests.length;
    const resent = await sendParticipantMessage({ caller, sessionId: session.id, clientMessageId: "old", content: "First", ...fast });
    expect(resent.reply).toBeNull();
    expect(fake.claude.requests).toHaveLength(calls);
    expect(newer.reply).not.toBeNull();
  });

  it("greets once however often Start is pressed", async () => {
    const { session, caller } = await setup();
    const [a, b] = await Promise.all([
      startInterview({ caller, sessionId: session.id, ...fast }),
      startInterview({ caller, sessionId: session.id, ...fast }),
    ]);
    const c = await startInterview({ caller, sessionId: session.id, ...fast });
    expect(a.opening?.id).toBe(b.opening?.id);
    expect(c.opening?.id).toBe(a.opening?.id);
    expect(await db.sessionMessage.count({ where: { sessionId: session.id } })).toBe(1);
  });
});

describe("validation and state", () => {
  it("refuses messages before the start, over 4,000 characters, or empty, and stores nothing", async () => {
    const { session, caller } = await setup();
    await expect(acceptParticipantMessage({ caller, sessionId: session.id, clientMessageId: "e", content: "Hi" })).rejects.toMatchObject({
      status: 409,
    });
    await startInterview({ caller, sessionId: session.id, ...fast });
    await expect(
      acceptParticipantMessage({ caller, sessionId: session.id, clientMessageId: "e", content: "a".repeat(4001) }),
    ).rejects.toMatchObject({
      status: 400,
      details: { fields: { content: [expect.stringContaining("4,000")] } },
    });
    await expect(acceptParticipantMessage({ caller, sessionId: session.id, clientMessageId: "e", content: "   " })).rejects.toMatchObject({
      status: 400,
    });
    await expect(
      acceptParticipantMessage({ caller, sessionId: session.id, clientMessageId: "bad id!", content: "x" }),
    ).rejects.toMatchObject({ status: 400 });
    // 4,000 characters, emoji counted as one each, is fine
    await acceptParticipantMessage({ caller, sessionId: session.id, clientMessageId: "ok", content: "😀".repeat(4000) });
    expect(await sessionRow(session.id)).toMatchObject({ participantTurns: 1 });
  });

  it("answers 404 for a session of another project", async () => {
    const { caller } = await setup();
    const other = await setup();
    await expect(startInterview({ caller, sessionId: other.session.id })).rejects.toMatchObject({ status: 404 });
    await expect(
      acceptParticipantMessage({ caller, sessionId: other.session.id, clientMessageId: "a", content: "x" }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("without an API key the interview cannot start, and nothing changes", async () => {
    const { session, caller } = await setup();
    const saved = process.env.ANTHROPIC_API_KEY;
    delete process.env.ANTHROPIC_API_KEY;
    try {
      vi.resetModules();
      const unconfigured = await import("./start-interview");
      await expect(unconfigured.startInterview({ caller, sessionId: session.id })).rejects.toMatchObject({
        status: 503,
        code: "service_unavailable",
        message: "The AI interviewer is not configured",
      });
    } finally {
      process.env.ANTHROPIC_API_KEY = saved;
      vi.resetModules();
    }
    const row = await sessionRow(session.id);
    expect(row).toMatchObject({ status: "pending", startedAt: null, participantTurns: 0 });
    expect(await db.sessionMessage.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await db.sessionActivity.count({ where: { sessionId: session.id, kind: "started" } })).toBe(0);
    expect(fake.claude.requests).toHaveLength(0);
  });
});

describe("usage", () => {
  it("records every call with its tokens, cache use and cost, and adds them to the session", async () => {
    const { session, caller } = await setup();
    await startInterview({ caller, sessionId: session.id, ...fast });
    await sendParticipantMessage({
      caller,
      sessionId: session.id,
      clientMessageId: "u1",
      content: "We send about forty invoices a month.",
      ...fast,
    });
    await sendParticipantMessage({ caller, sessionId: session.id, clientMessageId: "u2", content: "Mostly by email.", ...fast });

    const usage = await db.llmUsage.findMany({ where: { sessionId: session.id }, orderBy: { createdAt: "asc" } });
    expect(usage).toHaveLength(3);
    for (const u of usage) {
      expect(u).toMatchObject({ purpose: "interview", provider: "anthropic", model: "claude-sonnet-4-6", projectId: session.projectId });
      expect(u.inputTokens).toBeGreaterThan(0);
      expect(u.outputTokens).toBeGreaterThan(0);
      expect(Number(u.costUsd)).toBeGreaterThan(0);
    }
    // the stable prefix is written to the cache once, then read (the fake keeps one cache for the run)
    expect(usage[0].cacheWriteTokens + usage[0].cacheReadTokens).toBeGreaterThan(1000);
    expect(usage[2].cacheReadTokens).toBeGreaterThan(1000);

    const row = await sessionRow(session.id);
    const sum = (k: "inputTokens" | "outputTokens" | "cacheReadTokens" | "cacheWriteTokens") => usage.reduce((s, u) => s + u[k], 0);
    expect(row).toMatchObject({
      inputTokens: sum("inputTokens"),
      outputTokens: sum("outputTokens"),
      cacheReadTokens: sum("cacheReadTokens"),
      cacheWriteTokens: sum("cacheWriteTokens"),
    });
    expect(Number(row.costUsd)).toBeCloseTo(
      usage.reduce((s, u) => s + Number(u.costUsd), 0),
      6,
    );
  });
});
