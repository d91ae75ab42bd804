import { describe, expect, it } from "vitest";
import { OPENING_USER_TURN } from "./history";
import { buildInterviewRequest, INTERVIEWER_MAX_TOKENS, STABLE_SYSTEM_PROMPT } from "./prompt";

const transcript = [
  { role: "interviewer" as const, content: "Hi, what do you do?" },
  { role: "participant" as const, content: "I do the books for our shop." },
];

describe("buildInterviewRequest", () => {
  it("marks the stable prefix for caching and keeps the turn's state after it", () => {
    const a = buildInterviewRequest({ task: "reply", phase: "rapport", phaseTurns: { rapport: 1 }, model: "m", transcript });
    const b = buildInterviewRequest({
      task: "reply",
      phase: "first_use",
      phaseTurns: { rapport: 4, first_use: 3 },
      model: "m",
      transcript,
      participantName: "Ana",
    });
    expect(a.system[0]).toEqual({ type: "text", text: STABLE_SYSTEM_PROMPT, cache_control: { type: "ephemeral" } });
    expect(b.system[0]).toEqual(a.system[0]);
    expect(a.system[1].cache_control).toBeUndefined();
    expect(a.system[1].text).toContain("Current phase: rapport");
    expect(b.system[1].text).toContain("Current phase: first_use");
    expect(b.system[1].text).toContain("Participant's name: Ana");
    expect(a.max_tokens).toBe(INTERVIEWER_MAX_TOKENS);
    expect(INTERVIEWER_MAX_TOKENS).toBeLessThanOrEqual(300);
  });

  it("states the interviewing rules and guides every phase", () => {
    for (const rule of [
      "One open question at a time",
      "No leading questions",
      "participant's own words",
      "stories",
      "tangents",
      "three times as much",
    ]) {
      expect(STABLE_SYSTEM_PROMPT).toContain(rule);
    }
    for (const id of ["rapport", "first_thought", "passive_looking", "active_looking", "deciding", "first_use", "wrap_up"]) {
      expect(STABLE_SYSTEM_PROMPT).toContain(`id: ${id}`);
    }
  });

  it("opens with a user turn and closes without a question", () => {
    const opening = buildInterviewRequest({ task: "opening", phase: "rapport", phaseTurns: {}, model: "m", transcript: [] });
    expect(opening.messages).toEqual([{ role: "user", content: OPENING_USER_TURN }]);
    expect(opening.system[1].text).toContain("Task: OPENING");
    const closing = buildInterviewRequest({ task: "closing", phase: "wrap_up", phaseTurns: { wrap_up: 3 }, model: "m", transcript });
    expect(closing.system[1].text).toContain("Do not ask any question");
    expect(closing.messages[0].role).toBe("user");
    expect(closing.messages.at(-1)).toEqual({ role: "user", content: "I do the books for our shop." });
  });

  it("announces a phase change on the first turn of a new phase", () => {
    const r = buildInterviewRequest({ task: "reply", phase: "first_thought", phaseTurns: { rapport: 4 }, model: "m", transcript });
    expect(r.system[1].text).toContain("The previous phase is complete");
  });
});
