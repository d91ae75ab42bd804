import { describe, expect, it } from "vitest";
import { advancePhase, recordParticipantTurn } from "./advance-phase";
import { changeSummary, type FollowUpInterviewContext } from "./follow-up-context";
import { criterionToProbe, FOLLOW_UP_MAX_TURNS, followUpPlan } from "./follow-up-plan";
import { FOLLOW_UP_SYSTEM_PROMPT } from "./follow-up-prompt";
import type { InterviewPhase, PhaseTurns } from "./phases";
import { buildInterviewRequest, STABLE_SYSTEM_PROMPT } from "./prompt";

const ctx: FollowUpInterviewContext = {
  task: { title: "Exporting invoices", description: "Invoices do not reach Xero." },
  change: { title: "Send invoices to Xero automatically", summary: "Invoices are pushed to Xero when issued." },
  earlierQuotes: ["the export to Xero breaks and I redo it all by hand"],
  criteria: ["Invoices reach Xero without a manual step", "A failed export says why", "Totals match to the cent"],
};

/** Every participant turn of a plan, from the start: the phase each answer is counted in. */
function walk(criteria: number) {
  const plan = followUpPlan(criteria);
  let state: { currentPhase: InterviewPhase; phaseTurns: PhaseTurns } = { currentPhase: "rapport", phaseTurns: {} };
  const phases: string[] = [];
  for (let i = 0; i < 40; i++) {
    phases.push(state.currentPhase);
    const next = recordParticipantTurn({ ...state, plan });
    if (next.shouldEnd) break;
    state = { currentPhase: next.phase, phaseTurns: next.phaseTurns };
  }
  return phases;
}

describe("the follow-up plan", () => {
  it("is 2 answers per criterion + 3, through rapport → first_use → wrap_up, then ends", () => {
    expect(walk(3)).toEqual(["rapport", ...Array(6).fill("first_use"), "wrap_up", "wrap_up"]);
    expect(walk(1)).toHaveLength(5);
    // nothing to probe: the reminder, then the wrap-up
    expect(walk(0)).toEqual(["rapport", "wrap_up", "wrap_up"]);
  });

  it("is capped at 15 answers (about ten minutes), whatever the number of criteria", () => {
    expect(FOLLOW_UP_MAX_TURNS).toBe(15);
    expect(walk(12)).toHaveLength(15);
    expect(followUpPlan(12).maxTurns).toBe(15);
  });

  it("probes each criterion in order, sharing the probing turns out evenly", () => {
    const probe = (n: number, turns: number) =>
      Array.from({ length: turns }, (_, t) => criterionToProbe({ criteriaCount: n, probingTurnsSoFar: t }));
    expect(probe(3, 6)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(probe(12, 12)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // 7 criteria in 12 turns: every criterion at least once, in order
    expect(new Set(probe(7, 12))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    expect(criterionToProbe({ criteriaCount: 0, probingTurnsSoFar: 0 })).toBeNull();
  });

  it("leaves discovery interviews on their own plan", () => {
    expect(advancePhase({ currentPhase: "rapport", phaseTurns: { rapport: 1 } })).toEqual({ phase: "rapport", shouldEnd: false });
    expect(advancePhase({ currentPhase: "rapport", phaseTurns: { rapport: 1 }, plan: followUpPlan(3) })).toEqual({
      phase: "first_use",
      shouldEnd: false,
    });
  });
});

describe("the follow-up prompt", () => {
  const transcript = [
    { role: "interviewer" as const, content: "Could you try it now?" },
    { role: "participant" as const, content: "I issued three invoices." },
  ];
  const request = (
    phaseTurns: PhaseTurns,
    phase: "rapport" | "first_use" | "wrap_up",
    followUp = ctx,
    task: "opening" | "reply" | "closing" = "reply",
  ) => buildInterviewRequest({ task, phase, phaseTurns, model: "m", transcript, followUp, participantName: "Ana" });

  it("keeps the rules first and the interview's context second, both cached; the turn's state last", () => {
    const a = request({ rapport: 1 }, "first_use");
    const b = request({ rapport: 1, first_use: 3 }, "first_use");
    expect(a.system).toHaveLength(3);
    expect(a.system[0]).toEqual({ type: "text", text: FOLLOW_UP_SYSTEM_PROMPT, cache_control: { type: "ephemeral" } });
    expect(a.system[1].cache_control).toEqual({ type: "ephemeral" });
    // the same session: both cached blocks are identical from turn to turn
    expect(b.system.slice(0, 2)).toEqual(a.system.slice(0, 2));
    expect(a.system[2].cache_control).toBeUndefined();
    expect(a.system[2].text).not.toEqual(b.system[2].text);
    // another session's context changes only the second block
    const other = request({ rapport: 1 }, "first_use", { ...ctx, earlierQuotes: ["something else"] });
    expect(other.system[0]).toEqual(a.system[0]);
    expect(other.system[1]).not.toEqual(a.system[1]);
    expect(FOLLOW_UP_SYSTEM_PROMPT).not.toEqual(STABLE_SYSTEM_PROMPT);
  });

  it("knows the task, the change, the participant's own words and the criteria", () => {
    const context = request({}, "rapport", ctx, "opening").system[1].text;
    for (const part of [
      ctx.task.title,
      ctx.change.title!,
      ctx.change.summary!,
      `"${ctx.earlierQuotes[0]}"`,
      `1. ${ctx.criteria[0]}`,
      `3. ${ctx.criteria[2]}`,
    ])
      expect(context).toContain(part);
    const opening = request({}, "rapport", ctx, "opening").system[2].text;
    expect(opening).toContain("Task: OPENING");
    expect(opening).toContain("Remind them of what they said");
    expect(opening).toContain("try it now");
  });

  it("names the criterion to ask about now, in order, then wraps up and closes", () => {
    expect(request({ rapport: 1 }, "first_use").system[2].text).toContain(`Criterion to ask about now (1 of 3): ${ctx.criteria[0]}`);
    expect(request({ rapport: 1, first_use: 2 }, "first_use").system[2].text).toContain(`(2 of 3): ${ctx.criteria[1]}`);
    expect(request({ rapport: 1, first_use: 5 }, "first_use").system[2].text).toContain(`(3 of 3): ${ctx.criteria[2]}`);
    const wrap = request({ rapport: 1, first_use: 6 }, "wrap_up").system[2].text;
    expect(wrap).not.toContain("Criterion to ask about now");
    expect(wrap).toContain("still gets in their way");
    expect(request({ rapport: 1, first_use: 6, wrap_up: 2 }, "wrap_up", ctx, "closing").system[2].text).toContain(
      "Do not ask any question",
    );
    expect(request({ rapport: 1 }, "first_use").system[2].text).toContain("of at most 9");
  });
});

describe("changeSummary", () => {
  it("takes only the Objective of a body we wrote (other participants' quotes stay out), redacted", () => {
    const body = [
      "From user research.",
      "",
      "### Objective",
      "",
      "Push invoices to Xero. Write to ops@example.com.",
      "",
      "### What participants said",
      "",
      "- “someone else's words”",
    ].join("\n");
    const summary = changeSummary(body)!;
    expect(summary).toBe("Push invoices to Xero. Write to [email].");
    expect(changeSummary("A hand-written body <!-- usertests:implementation -->")).toBe("A hand-written body");
    expect(changeSummary(null)).toBeNull();
    expect(changeSummary("x".repeat(5000))!.length).toBeLessThanOrEqual(1200);
  });
});
