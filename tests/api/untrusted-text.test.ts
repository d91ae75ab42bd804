// Text PostgreSQL cannot store — NUL and lone UTF-16 surrogates (ADR 012). What a participant's
// browser produced is stored with U+FFFD in their place, so no batch, message or answer is lost;
// ids, keys and queries are refused with a 400 naming the field, and nothing is written.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { loadParticipantPage } from "@/lib/interviewer/load-participant-page";
import { loadPublicScreenerPage } from "@/lib/screeners/load-public-screener-page";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener, createSession } from "@/prisma/factories/research";
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

const events = await import("@/app/api/sdk/sessions/[sessionId]/events/route");
const gaps = await import("@/app/api/sdk/sessions/[sessionId]/gaps/route");
const identify = await import("@/app/api/sdk/sessions/[sessionId]/identify/route");
const interviewStart = await import("@/app/api/sdk/sessions/[sessionId]/interview/start/route");
const messages = await import("@/app/api/sdk/sessions/[sessionId]/messages/route");
const screenerResponses = await import("@/app/api/sdk/screeners/[screenerId]/responses/route");
const tasks = await import("@/app/api/v1/projects/[projectId]/tasks/route");
const signals = await import("@/app/api/v1/projects/[projectId]/signals/route");
const project = await import("@/app/api/v1/projects/[projectId]/route");

// "😀".slice(0, 1): what a label cut by UTF-16 units through an emoji ends with
const LONE_HIGH = "😀".slice(0, 1);
const LONE_LOW = "😀".slice(1);
const NUL = "\u0000";
const ip = () => ({ "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.1-${randomUUID()}` });

async function participantSession(status: "pending" | "active" = "active") {
  const owner = await createOwnerWithProject(db);
  const screener = await createScreener(db, { projectId: owner.project.id });
  const session = await createSession(db, {
    projectId: owner.project.id,
    screenerId: screener.id,
    status,
    consents: { recording: true, analytics: true },
  });
  const path = (suffix: string) => `/api/sdk/sessions/${session.id}${suffix}?key=${owner.publicKey}`;
  return { ...owner, screener, session, params: { sessionId: session.id }, path };
}

describe("SDK events: browser text is stored, never fails the batch", () => {
  it("stores every event of a batch whose labels hold a lone surrogate or NUL, with U+FFFD in their place", async () => {
    const s = await participantSession();
    const batch = {
      events: [
        {
          id: "e1",
          type: "click",
          offsetMs: 10,
          url: "https://shop.example.com/",
          data: { text: `Buy now ${LONE_HIGH}`, selector: "button" },
        },
        {
          id: "e2",
          type: "click",
          offsetMs: 20,
          url: `https://shop.example.com/${NUL}`,
          data: { text: `a${NUL}b`, [`k${LONE_LOW}`]: [LONE_LOW] },
        },
        { id: "e3", type: "navigation", offsetMs: 30, url: "https://shop.example.com/cart" },
      ],
    };
    const res = await callRoute(events.POST, { method: "POST", path: s.path("/events"), params: s.params, body: batch });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ accepted: 3, duplicates: 0 });
    const stored = await db.sessionEvent.findMany({ where: { sessionId: s.session.id }, orderBy: { offsetMs: "asc" } });
    expect(stored.map((e) => e.clientEventId)).toEqual(["e1", "e2", "e3"]);
    expect(stored[0].data).toEqual({ text: "Buy now \uFFFD", selector: "button" });
    expect(stored[1].url).toBe("https://shop.example.com/\uFFFD");
    expect(stored[1].data).toEqual({ text: "a\uFFFDb", "k\uFFFD": ["\uFFFD"] });
  });

  it("accepts the same batch sent by sendBeacon as text/plain", async () => {
    const s = await participantSession();
    const rawBody = JSON.stringify({ events: [{ id: "b1", type: "click", offsetMs: 1, data: { text: LONE_HIGH } }] });
    const res = await callRoute(events.POST, {
      method: "POST",
      path: s.path("/events"),
      params: s.params,
      rawBody,
      headers: { "content-type": "text/plain;charset=UTF-8" },
    });
    expect(res.status).toBe(200);
    expect((await db.sessionEvent.findFirstOrThrow({ where: { sessionId: s.session.id } })).data).toEqual({ text: "\uFFFD" });
  });

  it("refuses an event id holding NUL or a lone surrogate with a 400 naming it, storing nothing", async () => {
    const s = await participantSession();
    for (const id of [`e${NUL}`, `e${LONE_HIGH}`]) {
      const res = await callRoute(events.POST, {
        method: "POST",
        path: s.path("/events"),
        params: s.params,
        body: {
          events: [
            { id: "ok", type: "click", offsetMs: 1 },
            { id, type: "click", offsetMs: 2 },
          ],
        },
      });
      expect(res.status).toBe(400);
      expect(res.json.error).toMatchObject({
        code: "validation_failed",
        details: { fields: { "events.1.id": [expect.stringContaining("NUL")] } },
      });
    }
    expect(await db.sessionEvent.count({ where: { sessionId: s.session.id } })).toBe(0);
  });
});

describe("SDK gaps and identify", () => {
  it("stores a gap whose detail holds a lone surrogate or NUL", async () => {
    const s = await participantSession();
    const body = { kind: "audio", fromIndex: 1, toIndex: 2, reason: "recorder_error", detail: `NotReadableError ${LONE_HIGH}${NUL}` };
    const res = await callRoute(gaps.POST, { method: "POST", path: s.path("/gaps"), params: s.params, body });
    expect(res.status).toBe(201);
    const gap = await db.sessionActivity.findFirstOrThrow({ where: { sessionId: s.session.id, kind: "recording_gap" } });
    expect(gap.data).toMatchObject({ detail: "NotReadableError \uFFFD\uFFFD" });
  });

  it("stores a participant name with U+FFFD but refuses an external id (a key) with NUL", async () => {
    const s = await participantSession();
    const ok = await callRoute(identify.POST, {
      method: "POST",
      path: s.path("/identify"),
      params: s.params,
      body: { externalId: "user-1", name: `Ana${NUL}${LONE_LOW}` },
    });
    expect(ok.status).toBe(200);
    expect((await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).participantName).toBe("Ana\uFFFD\uFFFD");

    const refused = await callRoute(identify.POST, {
      method: "POST",
      path: s.path("/identify"),
      params: s.params,
      body: { externalId: `user${NUL}2` },
    });
    expect(refused.status).toBe(400);
    expect(refused.json.error.details.fields).toHaveProperty("externalId");
    expect((await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).externalId).toBe("user-1");
  });

  it("refuses a session id with NUL in the path with a 400, not a database error", async () => {
    const s = await participantSession();
    const res = await callRoute(gaps.POST, {
      method: "POST",
      path: s.path("/gaps"),
      params: { sessionId: `${s.session.id}${NUL}` },
      body: { kind: "audio", fromIndex: 0, toIndex: 0, reason: "upload_failed" },
    });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: "validation_failed", message: "Invalid path" });
  });
});

describe("interview messages", () => {
  it("stores a message with NUL and lone surrogates replaced, and answers it", async () => {
    const s = await participantSession("pending");
    const started = await callRoute(interviewStart.POST, {
      method: "POST",
      path: s.path("/interview/start"),
      params: s.params,
      body: { participantName: `Bo${NUL}` },
      headers: ip(),
    });
    expect(started.status).toBe(200);
    const res = await callRoute(messages.POST, {
      method: "POST",
      path: s.path("/messages"),
      params: s.params,
      body: { clientMessageId: "m1", content: `I invoice weekly ${LONE_HIGH}${NUL}ok` },
      headers: { ...ip(), accept: "application/json" },
    });
    expect(res.status).toBe(200);
    const stored = await db.sessionMessage.findFirstOrThrow({ where: { sessionId: s.session.id, role: "participant" } });
    expect(stored.content).toBe("I invoice weekly \uFFFD\uFFFDok");
  });

  it("refuses a clientMessageId with NUL (400) and stores nothing", async () => {
    const s = await participantSession("pending");
    await callRoute(interviewStart.POST, { method: "POST", path: s.path("/interview/start"), params: s.params, body: {}, headers: ip() });
    const res = await callRoute(messages.POST, {
      method: "POST",
      path: s.path("/messages"),
      params: s.params,
      body: { clientMessageId: `m${NUL}`, content: "hi" },
      headers: ip(),
    });
    expect(res.status).toBe(400);
    expect(await db.sessionMessage.count({ where: { sessionId: s.session.id, role: "participant" } })).toBe(0);
  });
});

describe("public screener submission", () => {
  async function textScreener() {
    const owner = await createOwnerWithProject(db);
    const screener = await createScreener(db, {
      projectId: owner.project.id,
      questions: [{ id: `q-${randomUUID()}`, text: "What do you use today?", type: "text" }],
    });
    const questionId = screener.questions[0].id;
    const path = `/api/sdk/screeners/${screener.id}/responses?key=${owner.publicKey}`;
    return { ...owner, screener, questionId, path };
  }

  it("stores answers, name and UTM values with NUL and lone surrogates replaced", async () => {
    const f = await textScreener();
    const res = await callRoute(screenerResponses.POST, {
      method: "POST",
      path: f.path,
      params: { screenerId: f.screener.id },
      headers: ip(),
      body: {
        answers: { [f.questionId]: `Spreadsheets${NUL} ${LONE_HIGH}` },
        participantName: `Ana${LONE_LOW}`,
        utm: { source: `news${NUL}letter` },
      },
    });
    expect(res.status).toBe(201);
    const stored = await db.screenerResponse.findFirstOrThrow({ where: { screenerId: f.screener.id } });
    expect(stored.answers).toEqual({ [f.questionId]: "Spreadsheets\uFFFD \uFFFD" });
    expect(stored.participantName).toBe("Ana\uFFFD");
    expect(stored.utmSource).toBe("news\uFFFDletter");
  });

  it("refuses a question id (an answer's key) with NUL: 400, nothing stored", async () => {
    const f = await textScreener();
    const res = await callRoute(screenerResponses.POST, {
      method: "POST",
      path: f.path,
      params: { screenerId: f.screener.id },
      headers: ip(),
      body: { answers: { [`${f.questionId}${NUL}`]: "x" } },
    });
    expect(res.status).toBe(400);
    expect(await db.screenerResponse.count({ where: { screenerId: f.screener.id } })).toBe(0);
  });
});

describe("researcher API: searches, path ids and fields", () => {
  it("answers ?q= with NUL on tasks and signals with 400 validation_failed", async () => {
    const { project: p, token } = await createOwnerWithProject(db);
    for (const handler of [tasks.GET, signals.GET]) {
      const res = await callRoute(handler, { token, path: `/api/v1/projects/${p.id}/x?q=a%00b`, params: { projectId: p.id } });
      expect(res.status).toBe(400);
      expect(res.json.error).toMatchObject({
        code: "validation_failed",
        message: "Invalid query string",
        details: { fields: { q: [expect.any(String)] } },
      });
    }
  });

  it("answers a project id with NUL with 400, and a description with NUL with 400 leaving the project as it was", async () => {
    const { project: p, token } = await createOwnerWithProject(db);
    expect((await callRoute(project.GET, { token, params: { projectId: `${p.id}${NUL}` } })).status).toBe(400);
    const res = await callRoute(project.PATCH, {
      method: "PATCH",
      token,
      params: { projectId: p.id },
      body: { description: `About${NUL}` },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.fields).toHaveProperty("description");
    expect((await db.project.findUniqueOrThrow({ where: { id: p.id } })).description).toBe(p.description);
  });
});

describe("participant pages (/u/interview, /u/screener)", () => {
  it("show 'not found' for an id with NUL from the URL (%00), not a server error", async () => {
    const s = await participantSession();
    expect(await loadParticipantPage({ sessionId: `${s.session.id}${NUL}`, key: s.publicKey })).toEqual({ kind: "not_found" });
    const request = new Request(`http://participant.local/?key=${s.publicKey}`, { headers: ip() });
    expect(await loadPublicScreenerPage({ request, screenerId: `${s.screener.id}${NUL}`, preview: false })).toEqual({ kind: "not_found" });
    expect(await loadPublicScreenerPage({ request, screenerId: s.screener.id, preview: false })).toMatchObject({ kind: "form" });
  });
});
