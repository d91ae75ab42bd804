import { describe, expect, it } from "vitest";
import type { ScreenerStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener, createScreenerResponse, createSession } from "@/prisma/factories/research";
import { addScreenerQuestion } from "./add-screener-question";
import { changeScreenerStatus } from "./change-screener-status";
import { createScreener as createScreenerUseCase } from "./create-screener";
import { deleteScreener } from "./delete-screener";
import { deleteScreenerQuestion } from "./delete-screener-question";
import { getPublicScreener } from "./get-public-screener";
import { listScreenerResponses } from "./list-screener-responses";
import { listScreeners } from "./list-screeners";
import { reorderScreenerQuestions } from "./reorder-screener-questions";
import { createQuestionSchema, createScreenerSchema, listResponsesQuery, updateQuestionSchema } from "./schemas";
import { updateScreenerQuestion } from "./update-screener-question";

const fail = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable("expected an error"),
    (e: AppError) => e,
  );

async function project() {
  return (await createOwnerWithProject(db)).project;
}

describe("status transitions", () => {
  const cases: [ScreenerStatus, ScreenerStatus, "ok" | "conflict"][] = [
    ["draft", "active", "ok"],
    ["draft", "paused", "conflict"],
    ["draft", "closed", "conflict"],
    ["active", "paused", "ok"],
    ["active", "closed", "ok"],
    ["active", "draft", "conflict"],
    ["paused", "active", "ok"],
    ["paused", "closed", "ok"],
    ["paused", "draft", "conflict"],
    ["closed", "active", "conflict"],
    ["closed", "paused", "conflict"],
    ["closed", "draft", "conflict"],
  ];
  for (const [from, to, outcome] of cases) {
    it(`${from} → ${to}: ${outcome}`, async () => {
      const p = await project();
      const s = await createScreener(db, { projectId: p.id, status: from });
      const call = changeScreenerStatus({ projectId: p.id, screenerId: s.id, status: to });
      if (outcome === "ok") {
        expect((await call).status).toBe(to);
      } else {
        const error = await fail(call);
        expect(error.code).toBe("conflict");
        expect(error.message).toMatch(
          from === "closed" ? /closed screener cannot be reopened/ : new RegExp(`A ${from} screener cannot become ${to}`),
        );
      }
      expect((await db.screener.findUniqueOrThrow({ where: { id: s.id } })).status).toBe(outcome === "ok" ? to : from);
    });
  }

  it("asking for the current status is a no-op", async () => {
    const p = await project();
    const s = await createScreener(db, { projectId: p.id, status: "closed" });
    expect((await changeScreenerStatus({ projectId: p.id, screenerId: s.id, status: "closed" })).status).toBe("closed");
  });

  it("a draft needs a question before it can be activated", async () => {
    const p = await project();
    const s = await createScreener(db, { projectId: p.id, status: "draft", questions: [] });
    const error = await fail(changeScreenerStatus({ projectId: p.id, screenerId: s.id, status: "active" }));
    expect(error).toMatchObject({ code: "conflict", message: "Add at least one question before activating the screener" });
    expect((await db.screener.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("draft");
  });

  it("another project's screener is not found", async () => {
    const s = await createScreener(db, { projectId: (await project()).id, status: "draft" });
    expect((await fail(changeScreenerStatus({ projectId: (await project()).id, screenerId: s.id, status: "active" }))).code).toBe(
      "not_found",
    );
  });
});

describe("questions", () => {
  it("create a screener with questions in order, as a draft", async () => {
    const p = await project();
    const data = createScreenerSchema.parse({
      title: "Invoicing study",
      questions: [
        { text: "Role?", type: "single_choice", options: ["Founder", "Student"], disqualifyOptions: ["Student"] },
        { text: "How easy?", type: "scale" },
      ],
    });
    const s = await createScreenerUseCase({ projectId: p.id, data });
    expect(s.status).toBe("draft");
    expect(s.questions.map((q) => [q.position, q.text, q.min, q.max])).toEqual([
      [0, "Role?", null, null],
      [1, "How easy?", 1, 5],
    ]);
  });

  it("add appends; reorder takes a permutation; delete closes the gap", async () => {
    const p = await project();
    const s = await createScreener(db, { projectId: p.id, status: "draft", questions: [] });
    const ids: string[] = [];
    for (const text of ["A?", "B?", "C?"]) {
      const { question } = await addScreenerQuestion({
        projectId: p.id,
        screenerId: s.id,
        data: createQuestionSchema.parse({ text, type: "text" }),
      });
      ids.push(question.id);
    }
    const [a, b, c] = ids;
    const reordered = await reorderScreenerQuestions({ projectId: p.id, screenerId: s.id, questionIds: [c, a, b] });
    expect(reordered.questions.map((q) => [q.text, q.position])).toEqual([
      ["C?", 0],
      ["A?", 1],
      ["B?", 2],
    ]);

    for (const bad of [
      [c, a],
      [c, a, b, b],
      [c, a, "nope"],
    ]) {
      const error = await fail(reorderScreenerQuestions({ projectId: p.id, screenerId: s.id, questionIds: bad }));
      expect(error.code).toBe("validation_failed");
      expect(error.details).toMatchObject({ fields: { questionIds: [expect.stringContaining("exactly once")] } });
    }

    const afterDelete = await deleteScreenerQuestion({ projectId: p.id, screenerId: s.id, questionId: a });
    expect(afterDelete.questions.map((q) => [q.text, q.position])).toEqual([
      ["C?", 0],
      ["B?", 1],
    ]);
  });

  it("update checks the merged question; a type change clears what no longer applies", async () => {
    const p = await project();
    const s = await createScreener(db, {
      projectId: p.id,
      status: "draft",
      questions: [{ text: "Role?", type: "single_choice", options: ["A", "B", "C"], qualifyOptions: ["A"], disqualifyOptions: ["C"] }],
    });
    const q = s.questions[0];
    const ctx = { projectId: p.id, screenerId: s.id, questionId: q.id };

    // removing an option that a rule uses is refused, and nothing changes
    const error = await fail(updateScreenerQuestion({ ...ctx, data: updateQuestionSchema.parse({ options: ["A", "B"] }) }));
    expect(error).toMatchObject({
      code: "validation_failed",
      details: { fields: { "disqualifyOptions.0": ['"C" is not one of the options'] } },
    });
    expect((await db.screenerQuestion.findUniqueOrThrow({ where: { id: q.id } })).options).toEqual(["A", "B", "C"]);

    const { question: numeric } = await updateScreenerQuestion({
      ...ctx,
      data: updateQuestionSchema.parse({ type: "number", qualifyMin: 3 }),
    });
    expect(numeric).toMatchObject({
      type: "number",
      options: [],
      qualifyOptions: [],
      disqualifyOptions: [],
      qualifyMin: 3,
      min: null,
      max: null,
    });

    const { question: scale } = await updateScreenerQuestion({
      ...ctx,
      data: updateQuestionSchema.parse({ type: "scale", qualifyMin: 4 }),
    });
    expect(scale).toMatchObject({ type: "scale", min: 1, max: 5, qualifyMin: 4 });

    const { question: multi } = await updateScreenerQuestion({
      ...ctx,
      data: updateQuestionSchema.parse({
        type: "multiple_choice",
        options: ["X", "Y"],
        qualifyOptions: ["Y"],
        required: false,
        helpText: "Pick any",
      }),
    });
    expect(multi).toMatchObject({
      type: "multiple_choice",
      options: ["X", "Y"],
      qualifyOptions: ["Y"],
      qualifyMin: null,
      required: false,
      helpText: "Pick any",
    });
  });

  it("an active screener keeps at least one question", async () => {
    const p = await project();
    const s = await createScreener(db, { projectId: p.id, status: "active", questions: [{ text: "Only?", type: "text" }] });
    const error = await fail(deleteScreenerQuestion({ projectId: p.id, screenerId: s.id, questionId: s.questions[0].id }));
    expect(error.code).toBe("conflict");
    await changeScreenerStatus({ projectId: p.id, screenerId: s.id, status: "paused" });
    expect((await deleteScreenerQuestion({ projectId: p.id, screenerId: s.id, questionId: s.questions[0].id })).questions).toEqual([]);
    // and cannot come back without one
    expect((await fail(changeScreenerStatus({ projectId: p.id, screenerId: s.id, status: "active" }))).code).toBe("conflict");
  });

  it("questions of another screener are not found", async () => {
    const p = await project();
    const s1 = await createScreener(db, { projectId: p.id, status: "draft" });
    const s2 = await createScreener(db, { projectId: p.id, status: "draft" });
    const foreign = s2.questions[0].id;
    expect((await fail(deleteScreenerQuestion({ projectId: p.id, screenerId: s1.id, questionId: foreign }))).code).toBe("not_found");
    expect(
      (await fail(updateScreenerQuestion({ projectId: p.id, screenerId: s1.id, questionId: foreign, data: { text: "x" } }))).code,
    ).toBe("not_found");
    expect(await db.screenerQuestion.count({ where: { id: foreign } })).toBe(1);
  });
});

describe("reading", () => {
  it("lists a project's screeners newest first with counters", async () => {
    const p = await project();
    await createScreener(db, { projectId: p.id, title: "Old", createdAt: new Date("2024-01-01"), counts: { views: 10, qualified: 2 } });
    await createScreener(db, { projectId: p.id, title: "New", createdAt: new Date("2024-02-01") });
    await createScreener(db, { projectId: (await project()).id, title: "Someone else's" });
    const list = await listScreeners({ projectId: p.id });
    expect(list.map((s) => s.title)).toEqual(["New", "Old"]);
    expect(list[1]).toMatchObject({ viewCount: 10, qualifiedCount: 2, questionCount: 3, responseCount: 0 });
  });

  it("pages responses newest first with reason and session", async () => {
    const p = await project();
    const s = await createScreener(db, { projectId: p.id });
    const session = await createSession(db, { projectId: p.id, screenerId: s.id, status: "pending" });
    for (let i = 0; i < 5; i++) {
      await createScreenerResponse(db, {
        screenerId: s.id,
        projectId: p.id,
        qualified: i === 4,
        disqualifyReason: `reason ${i}`,
        sessionId: i === 4 ? session.id : null,
        createdAt: new Date(Date.UTC(2024, 0, 1 + i)),
        utm: { source: "ads" },
      });
    }
    const first = await listScreenerResponses({ projectId: p.id, screenerId: s.id, query: listResponsesQuery.parse({ limit: "2" }) });
    expect(first.responses.map((r) => [r.qualified, r.reason])).toEqual([
      [true, null],
      [false, "reason 3"],
    ]);
    expect(first.responses[0]).toMatchObject({ sessionId: session.id, sessionStatus: "pending", utm: { source: "ads", medium: null } });
    const second = await listScreenerResponses({
      projectId: p.id,
      screenerId: s.id,
      query: listResponsesQuery.parse({ limit: "2", cursor: first.nextCursor! }),
    });
    expect(second.responses.map((r) => r.reason)).toEqual(["reason 2", "reason 1"]);
    const third = await listScreenerResponses({
      projectId: p.id,
      screenerId: s.id,
      query: listResponsesQuery.parse({ limit: "2", cursor: second.nextCursor! }),
    });
    expect(third.responses.map((r) => r.reason)).toEqual(["reason 0"]);
    expect(third.nextCursor).toBeNull();

    const onlyQualified = await listScreenerResponses({
      projectId: p.id,
      screenerId: s.id,
      query: listResponsesQuery.parse({ qualified: "true" }),
    });
    expect(onlyQualified.responses).toHaveLength(1);
  });

  it("the public view has no rules, counts views of active screeners only, and hides drafts", async () => {
    const p = await project();
    const s = await createScreener(db, { projectId: p.id, status: "active" });
    const view = await getPublicScreener({ projectId: p.id, screenerId: s.id, countView: true });
    expect(view.questions).toHaveLength(3);
    const json = JSON.stringify(view);
    for (const secret of ["qualifyOptions", "disqualifyOptions", "qualifyMin", "qualifyMax", "Count", "disqualifiedMessage"])
      expect(json).not.toContain(secret);
    expect((await db.screener.findUniqueOrThrow({ where: { id: s.id } })).viewCount).toBe(1);

    await changeScreenerStatus({ projectId: p.id, screenerId: s.id, status: "paused" });
    const paused = await getPublicScreener({ projectId: p.id, screenerId: s.id, countView: true });
    expect(paused).toMatchObject({ status: "paused", acceptingResponses: false, questions: [] });
    expect((await db.screener.findUniqueOrThrow({ where: { id: s.id } })).viewCount).toBe(1);

    const draft = await createScreener(db, { projectId: p.id, status: "draft" });
    expect((await fail(getPublicScreener({ projectId: p.id, screenerId: draft.id, countView: true }))).code).toBe("not_found");
  });

  it("deleting a screener keeps its sessions", async () => {
    const p = await project();
    const s = await createScreener(db, { projectId: p.id });
    const session = await createSession(db, { projectId: p.id, screenerId: s.id });
    await createScreenerResponse(db, { screenerId: s.id, projectId: p.id, sessionId: session.id });
    await deleteScreener({ projectId: p.id, screenerId: s.id });
    expect(await db.screener.count({ where: { id: s.id } })).toBe(0);
    expect(await db.screenerResponse.count({ where: { screenerId: s.id } })).toBe(0);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).screenerId).toBeNull();
    expect((await fail(deleteScreener({ projectId: p.id, screenerId: s.id }))).code).toBe("not_found");
  });
});
