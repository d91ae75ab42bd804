import { describe, expect, it } from "vitest";
import { buildHistory, OPENING_USER_TURN } from "./history";

describe("buildHistory", () => {
  it("starts with a synthetic user turn when the interviewer spoke first", () => {
    const history = buildHistory([
      { role: "interviewer", content: "Hi! What do you do?" },
      { role: "participant", content: "I run a bakery." },
    ]);
    expect(history).toEqual([
      { role: "user", content: OPENING_USER_TURN },
      { role: "assistant", content: "Hi! What do you do?" },
      { role: "user", content: "I run a bakery." },
    ]);
  });

  it("is a single user turn for an empty transcript", () => {
    expect(buildHistory([])).toEqual([{ role: "user", content: OPENING_USER_TURN }]);
  });

  it("merges consecutive messages of one role, drops system notes and blanks, and alternates", () => {
    const history = buildHistory([
      { role: "interviewer", content: "Hi!" },
      { role: "participant", content: "First try" },
      { role: "system", content: "recording paused" },
      { role: "participant", content: "  Second try  " },
      { role: "interviewer", content: "   " },
      { role: "interviewer", content: "Tell me more." },
    ]);
    expect(history.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(history[2].content).toBe("First try\n\nSecond try");
    expect(history[3].content).toBe("Tell me more.");
  });

  it("keeps a participant-first transcript as is", () => {
    expect(buildHistory([{ role: "participant", content: "Hello?" }])).toEqual([{ role: "user", content: "Hello?" }]);
  });
});

describe("buildHistory redaction", () => {
  it("sends the participant's personal data to the model as placeholders, the interviewer's text as is", () => {
    const history = buildHistory([
      { role: "interviewer", content: "How can we reach you?" },
      { role: "participant", content: "Write to jane.doe@example.com or call 415-555-0132." },
    ]);
    expect(history.at(-1)).toEqual({ role: "user", content: "Write to [email] or call [phone]." });
    expect(history[1]).toEqual({ role: "assistant", content: "How can we reach you?" });
  });
});
