// Quotes pushed to GitHub are always redacted (ADR 015), even when the stored signal holds raw text
// (a project that keeps originals, or a quote stored before redaction existed).
import { describe, expect, it } from "vitest";
import { renderPrBody, renderSpec } from "./render-spec";
import type { EvidenceQuote, TaskEvidence } from "./task-evidence";

const quote: EvidenceQuote = {
  signalId: "sig_1",
  type: "struggling_moment",
  quote: "I gave up and emailed jane.doe@example.com my card 4111 1111 1111 1111",
  topic: "Checkout",
  participant: "P1",
  sessionId: "ses_1",
  offsetMs: 12_000,
  link: "http://localhost:3000/projects/p/sessions/ses_1?t=12",
  strength: 0.8,
};
const evidence: TaskEvidence = {
  task: {
    id: "task_1",
    projectId: "p",
    title: "Checkout fails",
    description: "Card payments fail",
    type: "bug",
    status: "backlog",
    priorityScore: 80,
    priorityLabel: "high",
  },
  quotes: [quote],
  criteriaSources: [quote],
  sessionCount: 1,
  participantCount: 1,
  signalCount: 1,
};

describe("spec and pull request redaction", () => {
  it("redacts evidence lines and acceptance criteria quotes", () => {
    const spec = renderSpec({
      evidence,
      output: {
        objective: "Make card payments succeed at checkout.",
        acceptanceCriteria: [{ criterion: "A valid card is accepted", sourceSignalIds: ["sig_1"] }],
        constraints: [],
        relevantFiles: [],
      },
      repository: null,
      measurement: { windowDays: 14, minSessions: 3 },
    });
    const body = renderPrBody({ evidence, spec, specPath: "docs/usertests/task_1.md", taskUrl: "http://localhost:3000/t" });
    for (const text of [spec, body]) {
      expect(text).not.toContain("jane.doe@example.com");
      expect(text).not.toContain("4111 1111");
      expect(text).toContain("I gave up and emailed [email] my card [card]");
    }
    expect(spec).toMatch(/_\(from “I gave up and emailed \[email\] my card \[card\]”\)_/);
  });
});
