// Redaction before the models (ADR 015): a participant who types their email and phone number in the
// interview never has them sent to Claude, and the quote stored as a signal reads "[email]" at the
// same moment of the session.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { analysisResponder } from "@/tests/fakes/analysis-replies";
import { startFakeAiServer } from "@/tests/fakes/fake-ai-server";

const fake = await startFakeAiServer();
for (const [k, v] of Object.entries(fake.env("test-key"))) vi.stubEnv(k, v);

const { db } = await import("@/lib/db");
const { analyseSession, loadExtractedSignals } = await import("./analyse-session");
const { startProcessingRun } = await import("./start-processing-run");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");

afterAll(async () => {
  vi.unstubAllEnvs();
  await fake.close();
});
beforeEach(() => fake.reset());

describe("analysis of a session with personal data", () => {
  it("never sends the email or phone to the model and stores the quote redacted at its own offset", async () => {
    const { project } = await createOwnerWithProject(db);
    const session = await db.session.create({
      data: { projectId: project.id, status: "completed", startedAt: new Date(Date.now() - 3_600_000), completedAt: new Date() },
    });
    await db.sessionMessage.create({
      data: {
        sessionId: session.id,
        role: "participant",
        content: "The export to Xero breaks, email me at jane.doe@example.com or call +44 20 7946 0958 and I'll show you.",
        offsetMs: 42_000,
      },
    });
    const { runId } = await startProcessingRun({ sessionId: session.id, trigger: "completed", inngestRunId: `inngest-${session.id}` });
    fake.claude.use(
      analysisResponder(
        [{ type: "struggling_moment", quote: "email me at [email] or call [phone]", topic: "Export", confidence: 0.9, intensity: 0.7 }],
        "A studio owner fights the Xero export.",
      ),
    );

    await analyseSession({ projectId: project.id, sessionId: session.id, runId });

    expect(fake.claude.requests.length).toBeGreaterThanOrEqual(2); // extraction and summary
    const sent = JSON.stringify(fake.claude.requests.map((r) => r.body));
    expect(sent).not.toContain("jane.doe@example.com");
    expect(sent).not.toContain("7946 0958");
    expect(sent).toContain("email me at [email] or call [phone]");
    const signals = await loadExtractedSignals(runId);
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ quote: "email me at [email] or call [phone]", offsetMs: 42_000 });
  });
});

describe("grounding against redacted lines", () => {
  it("keeps a placeholder whole when the model's quote starts or ends on it", async () => {
    const { groundQuote } = await import("./ground-quote");
    const window = [
      { offsetMs: 5_000, kind: "message" as const, speaker: "participant" as const, text: "[phone] is mine, write to [email]" },
    ];
    expect(groundQuote("phone is mine, write to email", window)).toEqual({
      quote: "[phone] is mine, write to [email]",
      offsetMs: 5_000,
      lines: 1,
    });
  });
});
