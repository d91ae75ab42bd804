import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { endSession } from "@/lib/sessions/end-session";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener, type ScreenerQuestionInput } from "@/prisma/factories/research";
import { recordScreenerStart } from "./record-screener-start";
import { submitResponseSchema, type SubmitResponseInput } from "./schemas";
import {
  DEFAULT_DISQUALIFIED_MESSAGE,
  DUPLICATE_MESSAGE,
  FULL_MESSAGE,
  FULL_REASON,
  submitScreenerResponse,
} from "./submit-screener-response";

const QUESTIONS: ScreenerQuestionInput[] = [
  {
    text: "How often do you invoice clients?",
    type: "single_choice",
    options: ["Weekly", "Monthly", "Never"],
    disqualifyOptions: ["Never"],
  },
  { text: "How many clients do you have?", type: "number", min: 0, max: 10_000, qualifyMin: 3 },
  { text: "Anything else?", type: "text", required: false },
];

async function setup(overrides: Parameters<typeof createScreener>[1] extends infer T ? Partial<T> : never = {}) {
  const { project } = await createOwnerWithProject(db);
  const created = await createScreener(db, { projectId: project.id, questions: QUESTIONS, ...overrides });
  // the factory fills in a message; these tests start from none, so the default shows
  const screener = {
    ...created,
    ...(await db.screener.update({ where: { id: created.id }, data: { disqualifiedMessage: overrides.disqualifiedMessage ?? null } })),
  };
  const [often, clients, extra] = screener.questions;
  const ids = { often: often.id, clients: clients.id, extra: extra?.id };
  const submit = (body: Record<string, unknown>) =>
    submitScreenerResponse({
      projectId: project.id,
      screenerId: screener.id,
      data: submitResponseSchema.parse(body) as SubmitResponseInput,
      userAgent: "vitest",
    });
  const qualifying = { [ids.often]: "Monthly", [ids.clients]: 12 };
  const counters = () =>
    db.screener.findUniqueOrThrow({
      where: { id: screener.id },
      select: { viewCount: true, startCount: true, qualifiedCount: true, disqualifiedCount: true, completionCount: true },
    });
  return { project, screener, ids, submit, qualifying, counters };
}

const fail = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable("expected an error"),
    (e: AppError) => e,
  );

describe("submitScreenerResponse: validation", () => {
  it("invalid answers are a 400 per question, and nothing is stored or counted", async () => {
    const { screener, ids, submit, counters } = await setup();
    const before = await counters();
    const error = await fail(submit({ answers: { [ids.often]: "Sometimes", ghost: "x" }, participantEmail: "a@example.test" }));
    expect(error).toMatchObject({ code: "validation_failed", status: 400, message: "Some answers need attention" });
    expect(error.details).toEqual({
      fields: {
        [`answers.${ids.often}`]: ["Choose one of the options."],
        [`answers.${ids.clients}`]: ["This question is required."],
        "answers.ghost": ["This question is not part of this screener."],
      },
    });
    expect(await db.screenerResponse.count({ where: { screenerId: screener.id } })).toBe(0);
    expect(await db.session.count({ where: { screenerId: screener.id } })).toBe(0);
    expect(await counters()).toEqual(before);
  });

  it("follow-up consent needs an email (schema)", () => {
    const r = submitResponseSchema.safeParse({ answers: {}, consents: { followUp: true } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(["participantEmail"]);
    expect(submitResponseSchema.safeParse({ answers: {}, utm: { source: "x".repeat(201) } }).success).toBe(false);
    expect(submitResponseSchema.safeParse({ answers: {}, participantEmail: "not-an-email" }).success).toBe(false);
    expect(submitResponseSchema.safeParse({ answers: {}, extra: 1 }).success).toBe(false);
  });
});

describe("submitScreenerResponse: outcomes", () => {
  it("qualified: a pending session with the consents, linked to the stored response; UTM and email kept", async () => {
    const { project, screener, ids, submit, qualifying } = await setup();
    const result = await submit({
      answers: { ...qualifying, [ids.extra!]: "  hi  " },
      participantName: "Ada",
      participantEmail: " Ada@Example.TEST ",
      consents: { recording: false, analytics: true, followUp: true },
      utm: { source: "newsletter", campaign: "spring" },
    });
    expect(result).toMatchObject({ qualified: true, resumed: false });
    if (!result.qualified) throw new Error("unreachable");

    const session = await db.session.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session).toMatchObject({
      projectId: project.id,
      screenerId: screener.id,
      status: "pending",
      participantName: "Ada",
      participantEmail: "ada@example.test",
      consentRecording: false,
      consentAnalytics: true,
      consentFollowUp: true,
      userAgent: "vitest",
    });
    const response = await db.screenerResponse.findUniqueOrThrow({ where: { id: result.responseId } });
    expect(response).toMatchObject({
      qualified: true,
      disqualifyReason: null,
      sessionId: session.id,
      participantEmail: "ada@example.test",
      answers: { [ids.often]: "Monthly", [ids.clients]: 12, [ids.extra!]: "hi" },
      consentRecording: false,
      consentAnalytics: true,
      consentFollowUp: true,
      utmSource: "newsletter",
      utmCampaign: "spring",
      utmMedium: null,
    });
  });

  it("disqualified: the reason of the first failing question is stored; the participant gets the screener's message or the default", async () => {
    const { screener, ids, submit } = await setup();
    const result = await submit({ answers: { [ids.often]: "Never", [ids.clients]: 1 } });
    expect(result).toEqual({ qualified: false, message: DEFAULT_DISQUALIFIED_MESSAGE, responseId: expect.any(String) });
    const response = await db.screenerResponse.findUniqueOrThrow({ where: { id: result.responseId } });
    expect(response).toMatchObject({
      qualified: false,
      sessionId: null,
      disqualifyReason: '"How often do you invoice clients?" — answer "Never" disqualifies',
    });
    expect(await db.session.count({ where: { screenerId: screener.id } })).toBe(0);

    await db.screener.update({ where: { id: screener.id }, data: { disqualifiedMessage: "Thanks! Not a fit this time." } });
    const second = await submit({ answers: { [ids.often]: "Weekly", [ids.clients]: 2 } });
    expect(second).toMatchObject({ qualified: false, message: "Thanks! Not a fit this time." });
    expect((await db.screenerResponse.findUniqueOrThrow({ where: { id: second.responseId } })).disqualifyReason).toBe(
      '"How many clients do you have?" — answer 2 is below the qualifying minimum of 3',
    );
  });

  it("only active screeners take responses: draft → 404, paused and closed → 409", async () => {
    for (const [status, code] of [
      ["draft", "not_found"],
      ["paused", "conflict"],
      ["closed", "conflict"],
    ] as const) {
      const { screener, submit, qualifying } = await setup({ status });
      const error = await fail(submit({ answers: qualifying }));
      expect(error.code).toBe(code);
      if (status !== "draft") expect(error.message).toMatch(status === "paused" ? /paused/ : /closed/);
      expect(await db.screenerResponse.count({ where: { screenerId: screener.id } })).toBe(0);
    }
  });

  it("a screener of another project is not found", async () => {
    const { screener, qualifying } = await setup();
    const other = await createOwnerWithProject(db);
    const error = await fail(
      submitScreenerResponse({
        projectId: other.project.id,
        screenerId: screener.id,
        data: submitResponseSchema.parse({ answers: qualifying }),
      }),
    );
    expect(error.code).toBe("not_found");
  });
});

describe("submitScreenerResponse: counters", () => {
  it("counts qualified and disqualified responses, and a start unless the page already recorded it", async () => {
    const { project, screener, ids, submit, qualifying, counters } = await setup();
    await submit({ answers: qualifying });
    await submit({ answers: { [ids.often]: "Never", [ids.clients]: 40 } });
    await recordScreenerStart({ projectId: project.id, screenerId: screener.id });
    await submit({ answers: qualifying, startRecorded: true });
    expect(await counters()).toEqual({ viewCount: 0, startCount: 3, qualifiedCount: 2, disqualifiedCount: 1, completionCount: 0 });
  });

  it("completion is counted when the session ends (end-session.ts)", async () => {
    const { submit, qualifying, counters } = await setup();
    const result = await submit({ answers: qualifying });
    if (!result.qualified) throw new Error("expected to qualify");
    await endSession({ sessionId: result.sessionId, reason: "ended" });
    expect((await counters()).completionCount).toBe(1);
  });

  it("counts completions from the qualified population only: a session opened elsewhere with the screener's id is not one", async () => {
    const { project, screener, submit, qualifying, counters } = await setup();
    const result = await submit({ answers: qualifying });
    if (!result.qualified) throw new Error("expected to qualify");
    // as POST …/sessions does for a participant recruited outside the public page
    const outside = await db.session.create({
      data: { projectId: project.id, screenerId: screener.id, status: "active", startedAt: new Date() },
    });
    await endSession({ sessionId: outside.id, reason: "ended" });
    await endSession({ sessionId: result.sessionId, reason: "ended" });
    const c = await counters();
    expect(c).toMatchObject({ qualifiedCount: 1, completionCount: 1 });
    expect(c.completionCount).toBeLessThanOrEqual(c.qualifiedCount);
  });

  it("recordScreenerStart refuses screeners that are not accepting responses", async () => {
    const { project, screener } = await setup({ status: "paused" });
    expect((await fail(recordScreenerStart({ projectId: project.id, screenerId: screener.id }))).code).toBe("conflict");
    expect((await db.screener.findUniqueOrThrow({ where: { id: screener.id } })).startCount).toBe(0);
    const other = await createOwnerWithProject(db);
    expect((await fail(recordScreenerStart({ projectId: other.project.id, screenerId: screener.id }))).code).toBe("not_found");
  });
});

describe("submitScreenerResponse: capacity", () => {
  it("with one place left, five simultaneous qualifying submissions give exactly one session", async () => {
    const { screener, submit, qualifying, counters } = await setup({ maxParticipants: 1 });
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => submit({ answers: qualifying, participantEmail: `p${i}@example.test` })),
    );

    expect(results.filter((r) => r.qualified)).toHaveLength(1);
    const refused = results.filter((r) => !r.qualified);
    expect(refused).toHaveLength(4);
    for (const r of refused) expect(r).toMatchObject({ message: FULL_MESSAGE });

    expect(await db.session.count({ where: { screenerId: screener.id } })).toBe(1);
    const rows = await db.screenerResponse.findMany({ where: { screenerId: screener.id } });
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => !r.qualified).every((r) => r.disqualifyReason === FULL_REASON && r.sessionId === null)).toBe(true);
    expect(await counters()).toMatchObject({ qualifiedCount: 1, disqualifiedCount: 4, startCount: 5 });
  });

  it("a full study still stores responses that fail the rules with their own reason", async () => {
    const { ids, submit, qualifying } = await setup({ maxParticipants: 1 });
    await submit({ answers: qualifying });
    const late = await submit({ answers: { [ids.often]: "Never", [ids.clients]: 5 } });
    expect(late.qualified).toBe(false);
    expect((await db.screenerResponse.findUniqueOrThrow({ where: { id: late.responseId } })).disqualifyReason).toMatch(/disqualifies$/);
  });

  it("raising maxParticipants opens places again", async () => {
    const { screener, submit, qualifying } = await setup({ maxParticipants: 1 });
    await submit({ answers: qualifying });
    expect((await submit({ answers: qualifying })).qualified).toBe(false);
    await db.screener.update({ where: { id: screener.id }, data: { maxParticipants: 2 } });
    expect((await submit({ answers: qualifying })).qualified).toBe(true);
  });
});

describe("submitScreenerResponse: same email twice", () => {
  it("resumes the session of a qualified response whose interview has not ended, without a second row", async () => {
    const { screener, submit, qualifying, counters } = await setup();
    const first = await submit({ answers: qualifying, participantEmail: "sam@example.test" });
    const again = await submit({ answers: qualifying, participantEmail: "SAM@example.test" });
    expect(again).toEqual({ ...first, resumed: true });
    expect(await db.screenerResponse.count({ where: { screenerId: screener.id } })).toBe(1);
    expect(await counters()).toMatchObject({ qualifiedCount: 1, startCount: 1 });

    if (!first.qualified) throw new Error("expected to qualify");
    await db.session.update({ where: { id: first.sessionId }, data: { status: "active" } });
    expect(await submit({ answers: qualifying, participantEmail: "sam@example.test" })).toMatchObject({
      sessionId: first.sessionId,
      resumed: true,
    });
  });

  it("refuses with 409 after the interview ended, or when the earlier response was disqualified", async () => {
    const { submit, ids, qualifying } = await setup();
    const first = await submit({ answers: qualifying, participantEmail: "done@example.test" });
    if (!first.qualified) throw new Error("expected to qualify");
    await endSession({ sessionId: first.sessionId, reason: "ended" });
    const error = await fail(submit({ answers: qualifying, participantEmail: "done@example.test" }));
    expect(error).toMatchObject({ code: "conflict", message: DUPLICATE_MESSAGE });

    await submit({ answers: { [ids.often]: "Never", [ids.clients]: 5 }, participantEmail: "no@example.test" });
    // answering differently the second time does not get around the first decision
    expect((await fail(submit({ answers: qualifying, participantEmail: "no@example.test" }))).code).toBe("conflict");
  });

  it("responses without an email are never duplicates", async () => {
    const { screener, submit, qualifying } = await setup();
    await submit({ answers: qualifying });
    await submit({ answers: qualifying, participantEmail: "" });
    expect(await db.screenerResponse.count({ where: { screenerId: screener.id } })).toBe(2);
  });

  it("simultaneous submissions with one email store one row and all get the same session", async () => {
    const { screener, submit, qualifying, counters } = await setup();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => submit({ answers: qualifying, participantEmail: "race@example.test" })),
    );
    const sessionIds = new Set(results.map((r) => (r.qualified ? r.sessionId : null)));
    expect(sessionIds.size).toBe(1);
    expect([...sessionIds][0]).toEqual(expect.any(String));
    expect(results.filter((r) => r.qualified && !r.resumed)).toHaveLength(1);
    expect(await db.screenerResponse.count({ where: { screenerId: screener.id } })).toBe(1);
    expect(await db.session.count({ where: { screenerId: screener.id } })).toBe(1);
    expect(await counters()).toMatchObject({ qualifiedCount: 1, startCount: 1 });
  });

  it("simultaneous disqualified submissions with one email: one row, the others 409", async () => {
    const { screener, submit, ids } = await setup();
    const answers = { [ids.often]: "Never", [ids.clients]: 5 };
    const settled = await Promise.allSettled(Array.from({ length: 3 }, () => submit({ answers, participantEmail: "twice@example.test" })));
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    for (const s of settled.filter((s) => s.status === "rejected"))
      expect((s as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    expect(await db.screenerResponse.count({ where: { screenerId: screener.id } })).toBe(1);
    expect((await db.screener.findUniqueOrThrow({ where: { id: screener.id } })).disqualifiedCount).toBe(1);
  });
});
