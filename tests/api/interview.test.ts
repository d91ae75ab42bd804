// The participant interview API over HTTP: the session view, start (with the opening), messages with
// the streamed answer, failures and retries, end; limits, rate limits, tenant isolation and CORS.
// The real Anthropic SDK talks to the loopback fake.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener, createScreenerResponse, createSession } from "@/prisma/factories/research";
import { fakeInterviewerResponder } from "@/tests/fakes/fake-interviewer";
import { callRoute } from "../helpers/call-route";

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

const view = await import("@/app/api/sdk/sessions/[sessionId]/route");
const messages = await import("@/app/api/sdk/sessions/[sessionId]/messages/route");
const start = await import("@/app/api/sdk/sessions/[sessionId]/interview/start/route");
const end = await import("@/app/api/sdk/sessions/[sessionId]/interview/end/route");

const ip = () => ({ "x-forwarded-for": `10.1.${Math.floor(Math.random() * 250)}.1-${randomUUID()}` });

async function setup(options: { consents?: { recording?: boolean; analytics?: boolean } } = {}) {
  const { project, publicKey } = await createOwnerWithProject(db);
  const screener = await createScreener(db, {
    projectId: project.id,
    title: "Invoicing study",
    thankYouMessage: "Thanks! A gift card is on its way.",
  });
  const session = await createSession(db, {
    projectId: project.id,
    screenerId: screener.id,
    status: "pending",
    consents: options.consents,
  });
  await createScreenerResponse(db, {
    screenerId: screener.id,
    projectId: project.id,
    participantName: "Ana Lima",
    participantEmail: "ana@example.test",
    sessionId: session.id,
  });
  const params = { sessionId: session.id };
  const path = (suffix = "") => `/api/sdk/sessions/${session.id}${suffix}?key=${publicKey}`;
  return { project, publicKey, screener, session, params, path };
}

type SseEvent = { event: string; data: Record<string, unknown> };
function parseSse(text: string): SseEvent[] {
  return text
    .split("\n\n")
    .filter((block) => block.trim())
    .map((block) => {
      const event = /^event: (.+)$/m.exec(block)?.[1] ?? "message";
      const data = /^data: (.+)$/m.exec(block)?.[1] ?? "{}";
      return { event, data: JSON.parse(data) };
    });
}

async function send(s: Awaited<ReturnType<typeof setup>>, body: unknown, headers: Record<string, string> = ip()) {
  const res = await callRoute(messages.POST, {
    method: "POST",
    path: s.path("/messages"),
    params: s.params,
    rawBody: JSON.stringify(body),
    headers: { "content-type": "application/json", ...headers },
  });
  return res;
}

/** POST …/messages and read the SSE answer. */
async function sendSse(s: Awaited<ReturnType<typeof setup>>, body: unknown, headers: Record<string, string> = ip()) {
  const req = new Request(`http://localhost:3000${s.path("/messages")}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const res = await messages.POST(req, { params: Promise.resolve(s.params) });
  return { status: res.status, headers: res.headers, events: parseSse(await res.text()) };
}

async function startInterview(
  s: Awaited<ReturnType<typeof setup>>,
  body: unknown = { participantName: "Ana", participantEmail: "ana@example.test" },
) {
  return callRoute(start.POST, { method: "POST", path: s.path("/interview/start"), params: s.params, body, headers: ip() });
}

describe("GET /api/sdk/sessions/:id", () => {
  it("gives the room what it needs: status, consents, phase, prefilled name/email, study, availability", async () => {
    const s = await setup({ consents: { recording: false, analytics: true } });
    const res = await callRoute(view.GET, { path: s.path(), params: s.params });
    expect(res.status).toBe(200);
    expect(res.json.session).toMatchObject({
      id: s.session.id,
      status: "pending",
      mode: "text",
      phase: "rapport",
      consents: { recording: false, analytics: true, followUp: false },
      participantName: "Ana Lima",
      participantEmail: "ana@example.test",
      processingStatus: "pending",
      processingError: null,
      signalCount: 0,
      maxMessageChars: 4000,
    });
    expect(res.json.screener).toMatchObject({ title: "Invoicing study", thankYouMessage: "Thanks! A gift card is on its way." });
    expect(res.json.messages).toEqual([]);
    expect(res.json.interviewer).toMatchObject({ available: true, awaitingReplyFor: null });
  });

  it("shows a failed processing with a readable reason, and no personal data once ended", async () => {
    const s = await setup();
    await db.session.update({
      where: { id: s.session.id },
      data: { status: "completed", processingStatus: "failed", processingError: "Transcription failed: the audio could not be decoded" },
    });
    const res = await callRoute(view.GET, { path: s.path(), params: s.params });
    expect(res.json.session).toMatchObject({
      processingStatus: "failed",
      processingError: "Transcription failed: the audio could not be decoded",
      participantEmail: null,
    });
  });

  it("is 404 for another project's session and 401 without a key", async () => {
    const s = await setup();
    const other = await setup();
    expect((await callRoute(view.GET, { path: s.path(), params: other.params })).status).toBe(404);
    expect((await callRoute(view.GET, { path: `/api/sdk/sessions/${s.session.id}`, params: s.params })).status).toBe(401);
  });
});

describe("POST …/interview/start", () => {
  it("starts the session with the confirmed name/email and returns the opening, once", async () => {
    const s = await setup();
    const res = await startInterview(s);
    expect(res.status).toBe(200);
    expect(res.json.session).toMatchObject({ status: "active", phase: "rapport" });
    expect(res.json.opening).toMatchObject({ role: "interviewer", phase: "rapport", offsetMs: expect.any(Number) });
    expect(res.json.opening.content).toContain("Hi Ana");
    const again = await startInterview(s);
    expect(again.json.opening.id).toBe(res.json.opening.id);
    expect(await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).toMatchObject({
      participantName: "Ana",
      participantEmail: "ana@example.test",
      status: "active",
    });
    const after = await callRoute(view.GET, { path: s.path(), params: s.params });
    expect(after.json.messages).toEqual([res.json.opening]);
  });

  it("refuses a bad email with 400 and changes nothing", async () => {
    const s = await setup();
    const res = await startInterview(s, { participantEmail: "not-an-email" });
    expect(res.status).toBe(400);
    expect(res.json.error.details.fields.participantEmail).toBeDefined();
    expect((await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).status).toBe("pending");
  });

  it("without ANTHROPIC_API_KEY: 503 with a clear message, the view says so, and the session is untouched", async () => {
    const s = await setup();
    const saved = process.env.ANTHROPIC_API_KEY;
    delete process.env.ANTHROPIC_API_KEY;
    try {
      vi.resetModules();
      const startNoKey = await import("@/app/api/sdk/sessions/[sessionId]/interview/start/route");
      const viewNoKey = await import("@/app/api/sdk/sessions/[sessionId]/route");
      const res = await callRoute(startNoKey.POST, {
        method: "POST",
        path: s.path("/interview/start"),
        params: s.params,
        body: {},
        headers: ip(),
      });
      expect(res.status).toBe(503);
      expect(res.json.error).toEqual({ code: "service_unavailable", message: "The AI interviewer is not configured" });
      const v = await callRoute(viewNoKey.GET, { path: s.path(), params: s.params });
      expect(v.json.interviewer).toMatchObject({
        available: false,
        message: expect.stringContaining("The AI interviewer is not configured"),
      });
    } finally {
      process.env.ANTHROPIC_API_KEY = saved;
      vi.resetModules();
    }
    expect(await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).toMatchObject({ status: "pending", startedAt: null });
    expect(await db.sessionMessage.count({ where: { sessionId: s.session.id } })).toBe(0);
    expect(fake.claude.requests).toHaveLength(0);
  });

  it("answers 503 retryable when the model is down, and a second Start greets", async () => {
    const s = await setup();
    fake.claude.failNext(3, "overloaded");
    const res = await startInterview(s);
    expect(res.status).toBe(503);
    expect(res.json.error).toMatchObject({ code: "service_unavailable", details: { retryable: true } });
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    const again = await startInterview(s);
    expect(again.status).toBe(200);
    expect(again.json.opening.role).toBe("interviewer");
  });
});

describe("POST …/messages", () => {
  it("streams the answer as SSE: accepted, deltas, then done after the answer is committed", async () => {
    const s = await setup();
    await startInterview(s);
    fake.claude.reply({ text: "You said the export breaks. What happened the last time it broke?", chunkSize: 8 });
    const res = await sendSse(s, { clientMessageId: "m1", content: "Every month the export breaks." });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const names = res.events.map((e) => e.event);
    expect(names[0]).toBe("accepted");
    expect(names.at(-1)).toBe("done");
    expect(names.filter((n) => n === "delta").length).toBeGreaterThan(3);
    expect(res.events[0].data).toMatchObject({
      duplicate: false,
      message: { role: "participant", content: "Every month the export breaks.", clientMessageId: "m1", phase: "rapport" },
    });
    const streamed = res.events
      .filter((e) => e.event === "delta")
      .map((e) => e.data.text)
      .join("");
    const done = res.events.at(-1)!.data as {
      reply: { id: string; content: string };
      ended: boolean;
      session: { participantTurns: number };
    };
    expect(streamed).toBe(done.reply.content);
    expect(done).toMatchObject({ ended: false, session: { participantTurns: 1, phase: "rapport" } });
    expect(await db.sessionMessage.findUniqueOrThrow({ where: { id: done.reply.id } })).toMatchObject({
      role: "interviewer",
      clientMessageId: "interviewer:reply:m1",
    });
  });

  it("commits the answer before it sends the final event", async () => {
    const s = await setup();
    await startInterview(s);
    const req = new Request(`http://localhost:3000${s.path("/messages")}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...ip() },
      body: JSON.stringify({ clientMessageId: "c1", content: "Hello there" }),
    });
    const res = await messages.POST(req, { params: Promise.resolve(s.params) });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes("event: done")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    // the moment "done" arrives, the answer is already in the database
    expect(await db.sessionMessage.count({ where: { sessionId: s.session.id, clientMessageId: "interviewer:reply:c1" } })).toBe(1);
    await reader.cancel();
  });

  it("answers JSON for Accept: application/json", async () => {
    const s = await setup();
    await startInterview(s);
    const res = await send(s, { clientMessageId: "j1", content: "I run a bakery." }, { ...ip(), accept: "application/json" });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ message: { content: "I run a bakery." }, reply: { role: "interviewer" }, ended: false });
  });

  it("on model failure: the message is kept once, the stream ends with a retryable error, a resend generates only the answer", async () => {
    const s = await setup();
    await startInterview(s);
    fake.claude.failNext(3, "overloaded");
    const failed = await sendSse(s, { clientMessageId: "f1", content: "It crashed on Friday." });
    expect(failed.events.map((e) => e.event)).toEqual(["accepted", "error"]);
    expect(failed.events[1].data).toMatchObject({
      retryable: true,
      error: { code: "service_unavailable", details: { clientMessageId: "f1" } },
    });
    const v = await callRoute(view.GET, { path: s.path(), params: s.params });
    expect(v.json.interviewer.awaitingReplyFor).toBe("f1");
    expect(v.json.messages.map((m: { role: string }) => m.role)).toEqual(["interviewer", "participant"]);

    const retried = await sendSse(s, { clientMessageId: "f1", content: "It crashed on Friday." });
    expect(retried.events[0].data).toMatchObject({ duplicate: true });
    expect(retried.events.at(-1)!.event).toBe("done");
    const rows = await db.sessionMessage.findMany({ where: { sessionId: s.session.id }, orderBy: { offsetMs: "asc" } });
    expect(rows.map((m) => m.role)).toEqual(["interviewer", "participant", "interviewer"]);
    expect((await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).participantTurns).toBe(1);
    expect((await callRoute(view.GET, { path: s.path(), params: s.params })).json.interviewer.awaitingReplyFor).toBeNull();
  });

  it("a reply cut off mid-stream on every attempt: the message is kept, the stream ends with a retryable error, Try again gets the answer", async () => {
    const s = await setup();
    await startInterview(s);
    const cut = { text: "That sounds hard. What did you do right after", cutAfterChunks: 2, chunkSize: 6 };
    fake.claude.reply(cut, cut, cut);
    const failed = await sendSse(s, { clientMessageId: "c1", content: "The export broke again on Friday." });
    // each attempt streams the start of a reply, is cut, and the room is told to discard it
    expect(failed.events.map((e) => e.event)).toEqual([
      "accepted",
      "delta",
      "delta",
      "reset",
      "delta",
      "delta",
      "reset",
      "delta",
      "delta",
      "error",
    ]);
    expect(failed.events.at(-1)!.data).toMatchObject({ retryable: true, error: { details: { clientMessageId: "c1" } } });
    expect(fake.claude.requests).toHaveLength(4); // the opening, then three cut attempts
    const v = await callRoute(view.GET, { path: s.path(), params: s.params });
    expect(v.json.interviewer.awaitingReplyFor).toBe("c1");
    expect(v.json.messages.map((m: { role: string; content: string }) => [m.role, m.content])).toEqual([
      ["interviewer", expect.any(String)],
      ["participant", "The export broke again on Friday."],
    ]);

    const retried = await sendSse(s, { clientMessageId: "c1", content: "The export broke again on Friday." });
    expect(retried.events.at(-1)!.event).toBe("done");
    const rows = await db.sessionMessage.findMany({ where: { sessionId: s.session.id }, orderBy: { offsetMs: "asc" } });
    expect(rows.map((m) => m.role)).toEqual(["interviewer", "participant", "interviewer"]);
    // nothing of the cut-off text was stored as the interviewer's words
    expect(rows[2].content).not.toContain("What did you do right after");
  });

  it("refuses 4,001 characters with 400 and stores nothing; 4,000 are fine", async () => {
    const s = await setup();
    await startInterview(s);
    const tooLong = await send(s, { clientMessageId: "l1", content: "x".repeat(4001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error).toMatchObject({
      code: "validation_failed",
      details: { fields: { content: ["A message can be at most 4,000 characters"] } },
    });
    expect(await db.sessionMessage.count({ where: { sessionId: s.session.id, role: "participant" } })).toBe(0);
    expect((await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).participantTurns).toBe(0);
    const ok = await sendSse(s, { clientMessageId: "l2", content: "x".repeat(4000) });
    expect(ok.events.at(-1)!.event).toBe("done");
  });

  it("refuses a missing clientMessageId, a pending session (409) and an ended one (409)", async () => {
    const s = await setup();
    expect((await send(s, { content: "hi" })).status).toBe(400);
    const pending = await send(s, { clientMessageId: "p1", content: "hi" });
    expect(pending.status).toBe(409);
    expect(pending.json.error.message).toBe("Start the interview before sending messages");
    await startInterview(s);
    await callRoute(end.POST, { method: "POST", path: s.path("/interview/end"), params: s.params, headers: ip() });
    const ended = await send(s, { clientMessageId: "p2", content: "hi" });
    expect(ended.status).toBe(409);
    expect(await db.sessionMessage.count({ where: { sessionId: s.session.id, role: "participant" } })).toBe(0);
  });

  it("is 404 for another project's session, on every route", async () => {
    const s = await setup();
    const other = await setup();
    const foreign = { ...s, params: other.params };
    expect((await send(foreign, { clientMessageId: "x", content: "hi" })).status).toBe(404);
    expect(
      (await callRoute(start.POST, { method: "POST", path: s.path("/interview/start"), params: other.params, body: {}, headers: ip() }))
        .status,
    ).toBe(404);
    expect(
      (await callRoute(end.POST, { method: "POST", path: s.path("/interview/end"), params: other.params, headers: ip() })).status,
    ).toBe(404);
    expect(await db.session.findUniqueOrThrow({ where: { id: other.session.id } })).toMatchObject({ status: "pending" });
  });

  it("limits chat to 60 requests a minute per session, not per address: participants sharing an office network are not limited together (429 with Retry-After)", async () => {
    const office = ip();
    const s = await setup();
    const t = await setup();
    // two participants behind one address each get their full budget
    for (let i = 0; i < 60; i++) expect((await send(s, { clientMessageId: `r${i}`, content: "" }, office)).status).toBe(400);
    for (let i = 0; i < 60; i++) expect((await send(t, { clientMessageId: `s${i}`, content: "" }, office)).status).toBe(400);
    const limited = await send(t, { clientMessageId: "s-over", content: "hello" }, ip());
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await db.sessionMessage.count({ where: { sessionId: { in: [s.session.id, t.session.id] } } })).toBe(0);
  });

  it("answers CORS preflights and refuses a foreign origin", async () => {
    const s = await setup();
    const preflight = await messages.OPTIONS(
      new Request("http://localhost:3000/x", { method: "OPTIONS", headers: { origin: "http://localhost:3000" } }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
    const res = await send(s, { clientMessageId: "o1", content: "hi" }, { ...ip(), origin: "https://evil.example" });
    expect(res.status).toBe(403);
  });
});

describe("POST …/interview/end", () => {
  it("completes the session, queues processing once, and is idempotent", async () => {
    const s = await setup();
    await startInterview(s);
    const first = await callRoute(end.POST, { method: "POST", path: s.path("/interview/end"), params: s.params, headers: ip() });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ changed: true, session: { status: "completed", processingStatus: "pending" } });
    const second = await callRoute(end.POST, { method: "POST", path: s.path("/interview/end"), params: s.params, headers: ip() });
    expect(second.json.changed).toBe(false);
    const events = (await db.outboxEvent.findMany({ where: { name: "session/completed" } })).filter(
      (e) => (e.payload as { sessionId: string }).sessionId === s.session.id,
    );
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ reason: "ended" });
  });
});
