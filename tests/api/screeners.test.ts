// Screeners over HTTP: the researcher API under /api/v1/projects/:projectId/screeners (permissions,
// tenant isolation, strict PATCH) and the participant API under /api/sdk/screeners (public key,
// no rules leaked, outcomes, rate limits, CORS).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as question from "@/app/api/v1/projects/[projectId]/screeners/[screenerId]/questions/[questionId]/route";
import * as reorder from "@/app/api/v1/projects/[projectId]/screeners/[screenerId]/questions/reorder/route";
import * as questions from "@/app/api/v1/projects/[projectId]/screeners/[screenerId]/questions/route";
import * as responses from "@/app/api/v1/projects/[projectId]/screeners/[screenerId]/responses/route";
import * as screener from "@/app/api/v1/projects/[projectId]/screeners/[screenerId]/route";
import * as status from "@/app/api/v1/projects/[projectId]/screeners/[screenerId]/status/route";
import * as screeners from "@/app/api/v1/projects/[projectId]/screeners/route";
import * as publicResponses from "@/app/api/sdk/screeners/[screenerId]/responses/route";
import * as publicScreener from "@/app/api/sdk/screeners/[screenerId]/route";
import * as publicStart from "@/app/api/sdk/screeners/[screenerId]/start/route";
import type { Role } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { rateLimiter } from "@/lib/rate-limit/rate-limiter";
import { addMember, createApiTokenFor, createOwnerWithProject, createSecretKeyFor, createUser } from "@/prisma/factories/identity";
import { createScreener, createScreenerResponse } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

async function withMember(role: Role | "non_member") {
  const owner = await createOwnerWithProject(db);
  const user = await createUser(db);
  if (role !== "non_member") await addMember(db, { projectId: owner.project.id, userId: user.id, role });
  const token = await createApiTokenFor(db, { userId: user.id });
  const s = await createScreener(db, { projectId: owner.project.id, status: "draft" });
  return { ...owner, memberToken: token, screener: s };
}

const ip = () => ({ "x-forwarded-for": `10.${Math.floor(Math.random() * 250)}.0.1-${randomUUID()}` });

describe("researcher API: a whole build through HTTP", () => {
  it("create → add questions with rules → reorder → activate → list with counters → responses", async () => {
    const { project, token } = await createOwnerWithProject(db);
    const projectId = project.id;

    const createdRes = await callRoute(screeners.POST, {
      method: "POST",
      token,
      params: { projectId },
      body: { title: "Invoicing habits", brandColor: "#4F46E5" },
    });
    expect(createdRes.status).toBe(201);
    expect(createdRes.json.screener).toMatchObject({ title: "Invoicing habits", status: "draft", brandColor: "#4f46e5", questions: [] });
    const screenerId = createdRes.json.screener.id;
    const params = { projectId, screenerId };

    // cannot activate without questions
    const early = await callRoute(status.POST, { method: "POST", token, params, body: { status: "active" } });
    expect(early.status).toBe(409);

    const q1 = await callRoute(questions.POST, {
      method: "POST",
      token,
      params,
      body: {
        text: "How often do you invoice clients?",
        type: "single_choice",
        options: ["Weekly", "Monthly", "Never"],
        disqualifyOptions: ["Never"],
      },
    });
    expect(q1.status).toBe(201);
    expect(q1.json.question).toMatchObject({ position: 0, disqualifyOptions: ["Never"] });
    const q2 = await callRoute(questions.POST, {
      method: "POST",
      token,
      params,
      body: { text: "How many clients?", type: "number", min: 0, qualifyMin: 3 },
    });
    expect(q2.json.screener.questions).toHaveLength(2);

    const badQuestion = await callRoute(questions.POST, {
      method: "POST",
      token,
      params,
      body: { text: "Pick", type: "single_choice", options: ["A"], qualifyOptions: ["B"] },
    });
    expect(badQuestion.status).toBe(400);
    expect(badQuestion.json.error.details.fields).toEqual({
      options: ["needs at least 2 different options"],
      "qualifyOptions.0": ['"B" is not one of the options'],
    });

    const patched = await callRoute(question.PATCH, {
      method: "PATCH",
      token,
      params: { ...params, questionId: q2.json.question.id },
      body: { qualifyMin: 5, required: false },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.question).toMatchObject({ qualifyMin: 5, required: false });

    const reordered = await callRoute(reorder.POST, {
      method: "POST",
      token,
      params,
      body: { questionIds: [q2.json.question.id, q1.json.question.id] },
    });
    expect(reordered.json.screener.questions.map((q: { text: string }) => q.text)).toEqual([
      "How many clients?",
      "How often do you invoice clients?",
    ]);

    const activated = await callRoute(status.POST, { method: "POST", token, params, body: { status: "active" } });
    expect(activated.status).toBe(200);
    expect(activated.json.screener.status).toBe("active");

    const list = await callRoute(screeners.GET, { token, params: { projectId } });
    expect(list.json.screeners).toEqual([
      expect.objectContaining({
        id: screenerId,
        status: "active",
        viewCount: 0,
        startCount: 0,
        qualifiedCount: 0,
        disqualifiedCount: 0,
        completionCount: 0,
        questionCount: 2,
      }),
    ]);

    const one = await callRoute(screener.GET, { token, params });
    expect(one.json.screener.questions[1]).toMatchObject({ text: "How often do you invoice clients?", disqualifyOptions: ["Never"] });

    const empty = await callRoute(responses.GET, { token, params, path: "/x?limit=10" });
    expect(empty.json).toEqual({ responses: [], nextCursor: null });

    const gone = await callRoute(question.DELETE, { method: "DELETE", token, params: { ...params, questionId: q1.json.question.id } });
    expect(gone.status).toBe(200);
    expect(gone.json.screener.questions).toHaveLength(1);

    expect((await callRoute(screener.DELETE, { method: "DELETE", token, params })).status).toBe(204);
    expect((await callRoute(screener.GET, { token, params })).status).toBe(404);
  });

  it("unknown or read-only PATCH fields are a 400 and change nothing", async () => {
    const { project, token } = await createOwnerWithProject(db);
    const s = await createScreener(db, { projectId: project.id, status: "draft" });
    const params = { projectId: project.id, screenerId: s.id };
    for (const body of [{ title: "New", status: "active" }, { title: "New", viewCount: 1000 }, { title: "New", projectId: "other" }, {}]) {
      const res = await callRoute(screener.PATCH, { method: "PATCH", token, params, body });
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe("validation_failed");
    }
    const bad = await callRoute(screener.PATCH, { method: "PATCH", token, params, body: { title: "New", logoUrl: "javascript:alert(1)" } });
    expect(bad.json.error.details.fields).toEqual({ logoUrl: ["must be an https:// URL"] });
    expect(await db.screener.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({
      title: s.title,
      status: "draft",
      viewCount: 0,
      logoUrl: null,
    });

    const ok = await callRoute(screener.PATCH, {
      method: "PATCH",
      token,
      params,
      body: {
        title: "New",
        maxParticipants: 12,
        consentText: "We record.",
        logoUrl: "https://cdn.example.com/l.png",
        incentive: "$50 voucher",
      },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.screener).toMatchObject({ title: "New", maxParticipants: 12, consentText: "We record.", incentive: "$50 voucher" });

    const q = s.questions[0];
    const badQ = await callRoute(question.PATCH, {
      method: "PATCH",
      token,
      params: { ...params, questionId: q.id },
      body: { text: "x", position: 9 },
    });
    expect(badQ.status).toBe(400);
    expect((await db.screenerQuestion.findUniqueOrThrow({ where: { id: q.id } })).text).toBe(q.text);
  });

  it("an invalid transition is a 409 with the allowed ones", async () => {
    const { project, token } = await createOwnerWithProject(db);
    const s = await createScreener(db, { projectId: project.id, status: "closed" });
    const res = await callRoute(status.POST, {
      method: "POST",
      token,
      params: { projectId: project.id, screenerId: s.id },
      body: { status: "active" },
    });
    expect(res.status).toBe(409);
    expect(res.json.error.message).toMatch(/closed/);
    const badValue = await callRoute(status.POST, {
      method: "POST",
      token,
      params: { projectId: project.id, screenerId: s.id },
      body: { status: "archived" },
    });
    expect(badValue.status).toBe(400);
  });

  it("responses list pages newest first and validates its query", async () => {
    const { project, token } = await createOwnerWithProject(db);
    const s = await createScreener(db, { projectId: project.id });
    for (let i = 0; i < 3; i++)
      await createScreenerResponse(db, {
        screenerId: s.id,
        projectId: project.id,
        createdAt: new Date(Date.UTC(2024, 0, i + 1)),
        qualified: false,
        disqualifyReason: `r${i}`,
      });
    const params = { projectId: project.id, screenerId: s.id };
    const page = await callRoute(responses.GET, { token, params, path: "/x?limit=2" });
    expect(page.json.responses.map((r: { reason: string }) => r.reason)).toEqual(["r2", "r1"]);
    const next = await callRoute(responses.GET, { token, params, path: `/x?limit=2&cursor=${page.json.nextCursor}` });
    expect(next.json).toMatchObject({ responses: [{ reason: "r0" }], nextCursor: null });
    expect((await callRoute(responses.GET, { token, params, path: "/x?limit=500" })).status).toBe(400);
    expect((await callRoute(responses.GET, { token, params, path: "/x?cursor=nope" })).status).toBe(400);
  });
});

describe("researcher API: permissions and tenants", () => {
  type Case = {
    name: string;
    call: (f: Awaited<ReturnType<typeof withMember>>, token: string) => ReturnType<typeof callRoute>;
    write: boolean;
  };
  const cases: Case[] = [
    { name: "list", write: false, call: (f, token) => callRoute(screeners.GET, { token, params: { projectId: f.project.id } }) },
    {
      name: "get",
      write: false,
      call: (f, token) => callRoute(screener.GET, { token, params: { projectId: f.project.id, screenerId: f.screener.id } }),
    },
    {
      name: "responses",
      write: false,
      call: (f, token) => callRoute(responses.GET, { token, params: { projectId: f.project.id, screenerId: f.screener.id } }),
    },
    {
      name: "create",
      write: true,
      call: (f, token) => callRoute(screeners.POST, { method: "POST", token, params: { projectId: f.project.id }, body: { title: "T" } }),
    },
    {
      name: "patch",
      write: true,
      call: (f, token) =>
        callRoute(screener.PATCH, {
          method: "PATCH",
          token,
          params: { projectId: f.project.id, screenerId: f.screener.id },
          body: { title: "T2" },
        }),
    },
    {
      name: "add question",
      write: true,
      call: (f, token) =>
        callRoute(questions.POST, {
          method: "POST",
          token,
          params: { projectId: f.project.id, screenerId: f.screener.id },
          body: { text: "Q", type: "text" },
        }),
    },
    {
      name: "patch question",
      write: true,
      call: (f, token) =>
        callRoute(question.PATCH, {
          method: "PATCH",
          token,
          params: { projectId: f.project.id, screenerId: f.screener.id, questionId: f.screener.questions[0].id },
          body: { text: "Changed" },
        }),
    },
    {
      name: "delete question",
      write: true,
      call: (f, token) =>
        callRoute(question.DELETE, {
          method: "DELETE",
          token,
          params: { projectId: f.project.id, screenerId: f.screener.id, questionId: f.screener.questions[0].id },
        }),
    },
    {
      name: "reorder",
      write: true,
      call: (f, token) =>
        callRoute(reorder.POST, {
          method: "POST",
          token,
          params: { projectId: f.project.id, screenerId: f.screener.id },
          body: { questionIds: [...f.screener.questions].reverse().map((q) => q.id) },
        }),
    },
    {
      name: "status",
      write: true,
      call: (f, token) =>
        callRoute(status.POST, {
          method: "POST",
          token,
          params: { projectId: f.project.id, screenerId: f.screener.id },
          body: { status: "active" },
        }),
    },
    {
      name: "delete",
      write: true,
      call: (f, token) =>
        callRoute(screener.DELETE, { method: "DELETE", token, params: { projectId: f.project.id, screenerId: f.screener.id } }),
    },
  ];

  for (const c of cases) {
    it(`${c.name}: viewer ${c.write ? "403" : "allowed"}, member allowed, non-member 404, secret key allowed`, async () => {
      const viewer = await withMember("viewer");
      const before = await db.screener.findUniqueOrThrow({ where: { id: viewer.screener.id }, include: { questions: true } });
      const v = await c.call(viewer, viewer.memberToken);
      expect(v.status).toBe(c.write ? 403 : 200);
      if (c.write) {
        expect(v.json.error.code).toBe("forbidden");
        expect(await db.screener.findUniqueOrThrow({ where: { id: viewer.screener.id }, include: { questions: true } })).toEqual(before);
        expect(await db.screener.count({ where: { projectId: viewer.project.id } })).toBe(1);
      }

      const member = await withMember("member");
      expect((await c.call(member, member.memberToken)).status).toBeLessThan(300);

      const outsider = await withMember("non_member");
      const o = await c.call(outsider, outsider.memberToken);
      expect(o.status).toBe(404);
      expect(o.json.error.message).toBe("Project not found");

      const keyed = await withMember("member");
      const secret = await createSecretKeyFor(db, { projectId: keyed.project.id });
      expect((await c.call(keyed, secret)).status).toBeLessThan(300);
    });
  }

  it("a screener id of another project is not found through this project, for every route", async () => {
    const mine = await createOwnerWithProject(db);
    const theirs = await createOwnerWithProject(db);
    const foreign = await createScreener(db, { projectId: theirs.project.id, status: "active" });
    const params = { projectId: mine.project.id, screenerId: foreign.id };
    const qParams = { ...params, questionId: foreign.questions[0].id };
    const token = mine.token;
    const results = await Promise.all([
      callRoute(screener.GET, { token, params }),
      callRoute(screener.PATCH, { method: "PATCH", token, params, body: { title: "stolen" } }),
      callRoute(screener.DELETE, { method: "DELETE", token, params }),
      callRoute(questions.POST, { method: "POST", token, params, body: { text: "Q", type: "text" } }),
      callRoute(question.PATCH, { method: "PATCH", token, params: qParams, body: { text: "stolen" } }),
      callRoute(question.DELETE, { method: "DELETE", token, params: qParams }),
      callRoute(reorder.POST, { method: "POST", token, params, body: { questionIds: foreign.questions.map((q) => q.id) } }),
      callRoute(status.POST, { method: "POST", token, params, body: { status: "paused" } }),
      callRoute(responses.GET, { token, params }),
    ]);
    for (const r of results) expect(r.json).toEqual({ error: { code: "not_found", message: "Screener not found" } });
    const after = await db.screener.findUniqueOrThrow({ where: { id: foreign.id }, include: { questions: true } });
    expect(after).toMatchObject({ title: foreign.title, status: "active" });
    expect(after.questions).toHaveLength(foreign.questions.length);
  });
});

describe("participant API", () => {
  async function activeScreener(opts: { maxParticipants?: number; allowedOrigins?: string[] } = {}) {
    const owner = await createOwnerWithProject(db);
    if (opts.allowedOrigins) await db.project.update({ where: { id: owner.project.id }, data: { allowedOrigins: opts.allowedOrigins } });
    const s = await createScreener(db, {
      projectId: owner.project.id,
      status: "active",
      maxParticipants: opts.maxParticipants,
      disqualifiedMessage: "Thanks — not a match this time.",
      questions: [
        { text: "How often do you invoice clients?", type: "single_choice", options: ["Weekly", "Never"], disqualifyOptions: ["Never"] },
        { text: "Clients?", type: "number", min: 0, qualifyMin: 2 },
      ],
    });
    const [often, clients] = s.questions.map((q) => q.id);
    return { ...owner, screener: s, often, clients, path: (suffix = "") => `/api/sdk/screeners/${s.id}${suffix}?key=${owner.publicKey}` };
  }

  it("GET returns the definition without rules and counts a view", async () => {
    const f = await activeScreener();
    const res = await callRoute(publicScreener.GET, { path: f.path(), params: { screenerId: f.screener.id }, headers: ip() });
    expect(res.status).toBe(200);
    expect(res.json.screener).toMatchObject({ id: f.screener.id, acceptingResponses: true, full: false });
    expect(res.json.screener.questions[0]).toEqual({
      id: f.often,
      text: "How often do you invoice clients?",
      helpText: null,
      type: "single_choice",
      required: true,
      options: ["Weekly", "Never"],
      min: null,
      max: null,
    });
    expect(JSON.stringify(res.json)).not.toMatch(/qualify|disqualif|Count/i);
    expect((await db.screener.findUniqueOrThrow({ where: { id: f.screener.id } })).viewCount).toBe(1);
  });

  it("GET: no key 401; another project's key, drafts and unknown ids 404", async () => {
    const f = await activeScreener();
    const other = await createOwnerWithProject(db);
    const params = { screenerId: f.screener.id };
    expect((await callRoute(publicScreener.GET, { path: `/api/sdk/screeners/${f.screener.id}`, params, headers: ip() })).status).toBe(401);
    expect((await callRoute(publicScreener.GET, { path: `/x?key=${other.publicKey}`, params, headers: ip() })).status).toBe(404);
    const draft = await createScreener(db, { projectId: f.project.id, status: "draft" });
    expect(
      (await callRoute(publicScreener.GET, { path: `/x?key=${f.publicKey}`, params: { screenerId: draft.id }, headers: ip() })).status,
    ).toBe(404);
    expect((await db.screener.findUniqueOrThrow({ where: { id: f.screener.id } })).viewCount).toBe(0);
  });

  it("POST: qualified → session and interview URL with the key; disqualified → the screener's message, no reason", async () => {
    const f = await activeScreener();
    const params = { screenerId: f.screener.id };
    const q = await callRoute(publicResponses.POST, {
      method: "POST",
      path: f.path("/responses"),
      params,
      headers: { ...ip(), "user-agent": "Browser/1.0" },
      body: {
        answers: { [f.often]: "Weekly", [f.clients]: 4 },
        participantEmail: "p@example.test",
        consents: { recording: true, analytics: false, followUp: false },
      },
    });
    expect(q.status).toBe(201);
    expect(q.json).toEqual({
      qualified: true,
      sessionId: expect.any(String),
      interviewUrl: `/u/interview/${q.json.sessionId}?key=${encodeURIComponent(f.publicKey)}`,
      resumed: false,
    });
    expect(await db.session.findUniqueOrThrow({ where: { id: q.json.sessionId } })).toMatchObject({
      consentRecording: true,
      userAgent: "Browser/1.0",
    });

    const again = await callRoute(publicResponses.POST, {
      method: "POST",
      path: f.path("/responses"),
      params,
      headers: ip(),
      body: { answers: { [f.often]: "Weekly", [f.clients]: 4 }, participantEmail: "p@example.test" },
    });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ qualified: true, sessionId: q.json.sessionId, resumed: true });

    const d = await callRoute(publicResponses.POST, {
      method: "POST",
      path: f.path("/responses"),
      params,
      headers: ip(),
      body: { answers: { [f.often]: "Never", [f.clients]: 4 } },
    });
    expect(d.status).toBe(201);
    expect(d.json).toEqual({ qualified: false, message: "Thanks — not a match this time." });
    const stored = await db.screenerResponse.findFirstOrThrow({ where: { screenerId: f.screener.id, qualified: false } });
    expect(stored.disqualifyReason).toBe('"How often do you invoice clients?" — answer "Never" disqualifies');
  });

  it("POST: invalid answers are a 400 with per-question details; nothing is stored", async () => {
    const f = await activeScreener();
    const res = await callRoute(publicResponses.POST, {
      method: "POST",
      path: f.path("/responses"),
      params: { screenerId: f.screener.id },
      headers: ip(),
      body: { answers: { [f.often]: "Sometimes" }, participantEmail: "nope", utm: { source: "x".repeat(201) } },
    });
    expect(res.status).toBe(400);
    // body-level problems are reported first (before the answers are looked at)
    expect(Object.keys(res.json.error.details.fields).sort()).toEqual(["participantEmail", "utm.source"]);
    const res2 = await callRoute(publicResponses.POST, {
      method: "POST",
      path: f.path("/responses"),
      params: { screenerId: f.screener.id },
      headers: ip(),
      body: { answers: { [f.often]: "Sometimes" } },
    });
    expect(res2.json.error.details.fields).toEqual({
      [`answers.${f.often}`]: ["Choose one of the options."],
      [`answers.${f.clients}`]: ["This question is required."],
    });
    expect(await db.screenerResponse.count({ where: { screenerId: f.screener.id } })).toBe(0);
  });

  it("POST: a closed screener is a 409 with a message the page can show", async () => {
    const f = await activeScreener();
    await db.screener.update({ where: { id: f.screener.id }, data: { status: "closed" } });
    const res = await callRoute(publicResponses.POST, {
      method: "POST",
      path: f.path("/responses"),
      params: { screenerId: f.screener.id },
      headers: ip(),
      body: { answers: { [f.often]: "Weekly", [f.clients]: 4 } },
    });
    expect(res.status).toBe(409);
    expect(res.json.error.message).toMatch(/closed/);
  });

  it("start counts a start; submissions flagged startRecorded do not count it again", async () => {
    const f = await activeScreener();
    const params = { screenerId: f.screener.id };
    expect((await callRoute(publicStart.POST, { method: "POST", path: f.path("/start"), params, headers: ip() })).status).toBe(204);
    await callRoute(publicResponses.POST, {
      method: "POST",
      path: f.path("/responses"),
      params,
      headers: ip(),
      body: { answers: { [f.often]: "Weekly", [f.clients]: 4 }, startRecorded: true },
    });
    expect(await db.screener.findUniqueOrThrow({ where: { id: f.screener.id } })).toMatchObject({ startCount: 1, qualifiedCount: 1 });
  });

  it("submissions are limited per IP, sized for a shared network (429 with Retry-After)", async () => {
    const f = await activeScreener();
    const headers = ip();
    const post = () =>
      callRoute(publicResponses.POST, {
        method: "POST",
        path: f.path("/responses"),
        params: { screenerId: f.screener.id },
        headers,
        body: { answers: {} },
      });
    // a lab of 20 people submitting within the same minute is fine
    for (let i = 0; i < 20; i++) expect((await post()).status).toBe(400);
    await rateLimiter().consume("screenerSubmitPerIp", headers["x-forwarded-for"], LIMITS.screenerSubmitPerIp.points - 20);
    const limited = await post();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("views are limited per IP", async () => {
    const f = await activeScreener();
    const headers = ip();
    for (let i = 0; i < 5; i++)
      expect((await callRoute(publicScreener.GET, { path: f.path(), params: { screenerId: f.screener.id }, headers })).status).toBe(200);
    await rateLimiter().consume("screenerViewPerIp", headers["x-forwarded-for"], LIMITS.screenerViewPerIp.points - 5);
    expect((await callRoute(publicScreener.GET, { path: f.path(), params: { screenerId: f.screener.id }, headers })).status).toBe(429);
    expect((await db.screener.findUniqueOrThrow({ where: { id: f.screener.id } })).viewCount).toBe(5);
  });

  it("CORS: allowed origins get the headers, others are refused; preflight answers", async () => {
    const f = await activeScreener({ allowedOrigins: ["https://shop.example.com"] });
    const ok = await callRoute(publicScreener.GET, {
      path: f.path(),
      params: { screenerId: f.screener.id },
      headers: { ...ip(), origin: "https://shop.example.com" },
    });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://shop.example.com");
    const evil = await callRoute(publicResponses.POST, {
      method: "POST",
      path: f.path("/responses"),
      params: { screenerId: f.screener.id },
      headers: { ...ip(), origin: "https://evil.example" },
      body: { answers: { [f.often]: "Weekly", [f.clients]: 4 } },
    });
    expect(evil.status).toBe(403);
    expect(await db.screenerResponse.count({ where: { screenerId: f.screener.id } })).toBe(0);
    const pre = await publicResponses.OPTIONS(
      new Request("http://localhost:3000/api/sdk/screeners/x/responses", {
        method: "OPTIONS",
        headers: { origin: "https://shop.example.com" },
      }),
    );
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-methods")).toContain("POST");
  });
});
