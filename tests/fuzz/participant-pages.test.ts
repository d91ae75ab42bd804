// Fuzz: what a participant's browser calls besides the recording SDK — the public screener (view,
// start, submit) and the interview room (start, messages with the streamed reply, end). Hostile ids,
// keys, answers, names, messages and bodies; every answer is a 2xx or a documented 4xx, and a 4xx
// stores nothing. The real Anthropic SDK talks to the loopback fake Claude.
import fc from "fast-check";
import { afterAll, beforeAll, describe, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener, createSession } from "@/prisma/factories/research";
import { fakeInterviewerResponder } from "@/tests/fakes/fake-interviewer";
import { callAndCheck, freshIp } from "./answer-checks";
import { fuzzRuns, PROPERTY_TIMEOUT } from "./fuzz-settings";
import { body, contentType, extraQuery, field, hostileNumber, hostileText, idFor, pathId } from "./hostile-input";

// per-address limits key on the client address: one hop (the test's X-Forwarded-For) is believed,
// so each request can come from its own address and the fuzz is not cut short by 429s
vi.hoisted(() => Object.assign(process.env, { TRUSTED_PROXIES: "1" }));

const fake = await vi.hoisted(async () => {
  const { startFakeAiServer } = await import("@/tests/fakes/fake-ai-server");
  const server = await startFakeAiServer();
  Object.assign(process.env, server.env(), { ANTHROPIC_MODEL: "claude-sonnet-4-6" });
  return server;
});
afterAll(() => fake.close());

const screenerView = await import("@/app/api/sdk/screeners/[screenerId]/route");
const screenerStart = await import("@/app/api/sdk/screeners/[screenerId]/start/route");
const screenerSubmit = await import("@/app/api/sdk/screeners/[screenerId]/responses/route");
const interviewStart = await import("@/app/api/sdk/sessions/[sessionId]/interview/start/route");
const interviewEnd = await import("@/app/api/sdk/sessions/[sessionId]/interview/end/route");
const messages = await import("@/app/api/sdk/sessions/[sessionId]/messages/route");

let owner: Awaited<ReturnType<typeof createOwnerWithProject>>;
let screener: Awaited<ReturnType<typeof createScreener>>;
beforeAll(async () => {
  fake.claude.use(fakeInterviewerResponder);
  owner = await createOwnerWithProject(db);
  screener = await createScreener(db, {
    projectId: owner.project.id,
    questions: [
      { text: "How often do you invoice?", type: "single_choice", options: ["Weekly", "Monthly", "Never"], disqualifyOptions: ["Never"] },
      { text: "Which tools?", type: "multiple_choice", options: ["Sheets", "Xero", "None"], required: false },
      { text: "How many clients?", type: "number", min: 0, max: 100_000 },
      { text: "How happy are you?", type: "scale", required: false },
      { text: "What do you use today?", type: "text", required: false },
      { text: "When did you start?", type: "date", required: false },
    ],
  });
});

const key = fc.oneof(
  { weight: 12, arbitrary: fc.constant("valid") },
  { weight: 1, arbitrary: fc.constantFrom(undefined, "", "ut_pub_nope", "ut_pub_\u0000") },
);
const keyQuery = (k: string | undefined): [string, string][] => (k === undefined ? [] : [["key", k === "valid" ? owner.publicKey : k]]);

const answerValue = fc.oneof(
  fc.constantFrom("Weekly", "Monthly", "Never", "Sheets", "2024-02-30", "2024-02-29", "12", "3", ""),
  fc.array(fc.constantFrom("Sheets", "Xero", "None", "Other"), { maxLength: 4 }),
  hostileNumber,
  hostileText,
);

/** Answers that pass the questions' checks (the text answer is browser text: anything goes), keyed by position. */
const validAnswers = fc.record(
  {
    "0": fc.constantFrom("Weekly", "Monthly", "Never"),
    "1": fc.subarray(["Sheets", "Xero", "None"]),
    "2": fc.nat({ max: 100_000 }),
    "3": fc.integer({ min: 1, max: 5 }),
    "4": hostileText,
    "5": fc.constantFrom("2024-02-29", "2020-01-01"),
  },
  { requiredKeys: ["0", "2"] },
);

const submission = fc.record(
  {
    answers: field(
      fc.oneof(
        { weight: 6, arbitrary: validAnswers },
        {
          weight: 1,
          arbitrary: fc.dictionary(
            fc.oneof({ weight: 4, arbitrary: fc.constantFrom("0", "1", "2", "3", "4", "5") }, { weight: 1, arbitrary: hostileText }),
            answerValue,
            { maxKeys: 7 },
          ),
        },
      ),
    ),
    participantName: field(hostileText),
    participantEmail: field(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom("p@example.test", "") },
        { weight: 1, arbitrary: fc.constantFrom("nope", "a@b") },
        { weight: 1, arbitrary: hostileText },
      ),
    ),
    consents: field(
      fc.record({ recording: field(fc.boolean()), analytics: field(fc.boolean()), followUp: field(fc.boolean()) }, { requiredKeys: [] }),
    ),
    utm: field(
      fc.record(
        {
          source: field(hostileText),
          medium: field(hostileText),
          campaign: field(hostileText),
          term: field(hostileText),
          content: field(hostileText),
        },
        { requiredKeys: [] },
      ),
    ),
    startRecorded: field(fc.boolean()),
  },
  { requiredKeys: ["answers"] },
);

/** Answer keys are drawn as question positions ("0".."5") and mapped to the real question ids. */
function withQuestionIds(value: unknown): unknown {
  if (!value || typeof value !== "object" || !("answers" in value)) return value;
  const answers = (value as { answers: unknown }).answers;
  if (!answers || typeof answers !== "object" || Array.isArray(answers)) return value;
  const mapped = Object.fromEntries(Object.entries(answers).map(([k, v]) => [screener.questions[Number(k)]?.id ?? k, v]));
  return { ...value, answers: mapped };
}

describe("fuzz: public screener", () => {
  it(
    "GET and POST …/start of /api/sdk/screeners/:id",
    async () => {
      await fc.assert(
        fc.asyncProperty(key, pathId, extraQuery, fc.boolean(), async (k, id, extra, isStart) => {
          const call = {
            path: "/api/sdk/screeners/x",
            params: { screenerId: idFor(id, screener.id) },
            query: [...keyQuery(k), ...extra],
            headers: { "x-forwarded-for": freshIp() },
          };
          if (isStart) await callAndCheck(screenerStart.POST, { method: "POST", ...call });
          else await callAndCheck(screenerView.GET, { method: "GET", ...call });
        }),
        fuzzRuns(25),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "POST /api/sdk/screeners/:id/responses",
    async () => {
      await fc.assert(
        fc.asyncProperty(key, pathId, body(submission), contentType, async (k, id, b, type) => {
          const sent = b.kind === "json" ? { kind: "json" as const, value: withQuestionIds(b.value) } : b;
          await callAndCheck(screenerSubmit.POST, {
            method: "POST",
            path: "/api/sdk/screeners/x/responses",
            params: { screenerId: idFor(id, screener.id) },
            query: keyQuery(k),
            headers: { "x-forwarded-for": freshIp(), "user-agent": "Fuzz/1.0" },
            contentType: type,
            body: sent,
          });
        }),
        fuzzRuns(60),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe("fuzz: interview room", () => {
  const status = fc.constantFrom("pending", "active", "completed") as fc.Arbitrary<"pending" | "active" | "completed">;
  const startBody = body(
    fc.record(
      { participantName: field(hostileText), participantEmail: field(fc.oneof(fc.constant("ana@example.test"), hostileText)) },
      { requiredKeys: [] },
    ),
  );
  const messageBody = body(
    fc.record(
      {
        clientMessageId: field(fc.oneof(fc.uuid(), fc.constantFrom("m1", "x".repeat(101)), hostileText)),
        content: field(fc.oneof(fc.constantFrom("I invoice every Friday", " ", "x".repeat(4_001)), hostileText)),
      },
      { requiredKeys: [] },
    ),
  );

  it(
    "POST …/interview/start, …/messages (JSON and SSE answers) and …/interview/end",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          key,
          status,
          pathId,
          fc.constantFrom("start", "message", "message", "end"),
          startBody,
          messageBody,
          contentType,
          fc.constantFrom("application/json", "text/event-stream", undefined),
          async (k, s, id, what, startB, messageB, type, accept) => {
            const session = await createSession(db, {
              projectId: owner.project.id,
              screenerId: screener.id,
              status: s,
              consents: { recording: false, analytics: true },
            });
            const call = {
              method: "POST",
              path: "/api/sdk/sessions/x",
              params: { sessionId: idFor(id, session.id) },
              query: keyQuery(k),
              headers: { "x-forwarded-for": freshIp(), accept },
              contentType: type,
            };
            if (what === "start") await callAndCheck(interviewStart.POST, { ...call, body: startB });
            else if (what === "end") await callAndCheck(interviewEnd.POST, call);
            else await callAndCheck(messages.POST, { ...call, body: messageB });
          },
        ),
        fuzzRuns(40),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
