// A whole follow-up interview against the real database and the real Anthropic SDK talking to the
// fake interviewer, then processed by the real process-session function: the fakes agree with each
// other, so the e2e run ends with a verdict per criterion.
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resolvePublicKey } from "@/lib/access/public-key";
import { db } from "@/lib/db";
import { analysisResponder } from "@/tests/fakes/analysis-replies";
import { fakeInterviewerResponder } from "@/tests/fakes/fake-interviewer";
import { systemText } from "@/tests/fakes/fake-ai-server";
import { claude as verdictResponder } from "@/tests/fakes/responders/verdicts";
import { CRITERIA, EARLIER_QUOTE, followUpScenario } from "@/tests/helpers/follow-up-fixtures";

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
const { sendParticipantMessage } = await import("./send-participant-message");
const { getInterviewView } = await import("./get-interview-view");
const { processSession } = await import("@/inngest/functions/process-session");

const fast = { retry: { baseDelayMs: 1 } };

const ANSWERS = [
  "I issued three invoices just now.",
  "It works now, they showed up in Xero within a minute.",
  "No typing at all, which is new.",
  "I didn't try a failing one, all three went through.",
  "Nothing failed so I could not see it.",
  "Partly, the totals are still off by a few cents on one.",
  "The one with a discount.",
  "Only the rounding, otherwise it is much better.",
  "No, that is all.",
];

describe("a follow-up interview", () => {
  it("reminds the participant, probes each criterion in order, ends within its budget, and is judged per criterion", async () => {
    const { session, publicKey, task } = await followUpScenario(db, { status: "pending" });
    const caller = await resolvePublicKey(new Request(`http://localhost/x?key=${publicKey}`));
    const started = await startInterview({ caller, sessionId: session.id, participantName: "Ana", ...fast });
    // the opening reminds them of their own words and asks them to try the change
    expect(started.opening?.content).toContain(`"${EARLIER_QUOTE}"`);
    expect(started.opening?.content).toContain("try it now");
    expect((await getInterviewView({ caller, sessionId: session.id })).session.maxParticipantTurns).toBe(9);

    const replies: string[] = [];
    let ended = false;
    for (const [i, content] of ANSWERS.entries()) {
      const out = await sendParticipantMessage({ caller, sessionId: session.id, clientMessageId: `m-${i}`, content, ...fast });
      replies.push(out.reply?.content ?? "");
      ended = out.ended;
      if (ended) break;
    }
    // 2 answers per criterion + 3: nine answers, the last one closes the interview
    expect(ended).toBe(true);
    expect(replies).toHaveLength(9);
    const row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row).toMatchObject({ status: "completed", participantTurns: 9, currentPhase: "wrap_up" });
    expect(row.phaseTurns).toEqual({ rapport: 1, first_use: 6, wrap_up: 2 });
    // the criteria, in order, two answers each; then the wrap-up and the closing
    expect(replies.slice(0, 6).map((r) => CRITERIA.findIndex((c) => r.includes(c)))).toEqual([0, 0, 1, 1, 2, 2]);
    expect(replies[6]).toContain("still gets in your way");
    expect(replies[8]).toContain("The interview is finished");

    // what the model read: this participant's words on the task only; other participants' and the email redacted away
    const requests = fake.claude.requests.filter((r) => /Mode: follow-up/.test(systemText(r)));
    expect(requests).toHaveLength(10);
    const context = requests[0].body.system as { text: string; cache_control?: object }[];
    expect(context.map((b) => Boolean(b.cache_control))).toEqual([true, true, false]);
    expect(context[1].text).toContain(EARLIER_QUOTE);
    expect(context[1].text).toContain("Send invoices to Xero automatically");
    expect(context[1].text).toContain("[email]");
    expect(context[1].text).not.toContain("ops@example.com");
    expect(context[1].text).not.toContain("I print everything on Fridays");
    expect(context[1].text).not.toContain("another participant's words");
    // every turn of the session sends the same cached prefix
    expect(new Set(requests.map((r) => JSON.stringify((r.body.system as object[]).slice(0, 2)))).size).toBe(1);

    // processed: each criterion judged from the participant's answer to it
    fake.reset();
    fake.claude.use(verdictResponder);
    fake.claude.use(analysisResponder([], "A follow-up."));
    const { error } = await new InngestTestEngine({
      function: processSession,
      events: [
        {
          id: crypto.randomUUID(),
          name: "session/completed",
          data: { sessionId: session.id, projectId: session.projectId, reason: "auto_end" },
        },
      ],
    }).execute();
    expect(error).toBeUndefined();
    const verdicts = await db.followUpVerdict.findMany({ where: { sessionId: session.id }, orderBy: { criterionIndex: "asc" } });
    expect(verdicts.map((v) => [v.verdict, v.quote])).toEqual([
      ["fixed", "It works now, they showed up in Xero within a minute"],
      ["not_tried", "I didn't try a failing one, all three went through"],
      ["partly", "Partly, the totals are still off by a few cents on one"],
    ]);
    expect(verdicts.every((v) => v.taskId === task.id && v.offsetMs !== null)).toBe(true);
  });

  it("a follow-up session without an invitation is interviewed like a discovery session", async () => {
    const { session, publicKey } = await followUpScenario(db, { status: "pending" });
    await db.followUpInvitation.updateMany({ where: { sessionId: session.id }, data: { sessionId: null } });
    const caller = await resolvePublicKey(new Request(`http://localhost/x?key=${publicKey}`));
    await startInterview({ caller, sessionId: session.id, ...fast });
    expect(systemText(fake.claude.requests[0])).not.toContain("Mode: follow-up");
    expect((await getInterviewView({ caller, sessionId: session.id })).session.maxParticipantTurns).toBe(35);
  });
});
