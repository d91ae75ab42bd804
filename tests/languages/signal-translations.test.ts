// Issue #17, processing: quotes stay verbatim in the participant's language (grounded in Spanish and
// Japanese, which has no spaces), each signal carries a translation into the research language when
// the two differ, and the extraction's cached prefix (system prompt + tool) is the same for every
// language — against real PostgreSQL and the real Anthropic SDK talking to the fake.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TimelineEntry } from "@/lib/processing/timeline";
import { isExtractionRequest } from "@/tests/fakes/analysis-replies";
import { lastUserText, startFakeAiServer, type ClaudeRequest } from "@/tests/fakes/fake-ai-server";
import { claude as offlineAnalysis } from "@/tests/fakes/responders/analysis";

const fake = await startFakeAiServer();
for (const [k, v] of Object.entries(fake.env("test-key"))) vi.stubEnv(k, v);

const { db } = await import("@/lib/db");
const { analyseSession, loadExtractedSignals } = await import("@/lib/processing/analyse-session");
const { saveSessionSignals } = await import("@/lib/processing/save-session-signals");
const { startProcessingRun } = await import("@/lib/processing/start-processing-run");
const { validateExtraction } = await import("@/lib/processing/signal-output");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");

afterAll(async () => {
  vi.unstubAllEnvs();
  await fake.close();
});
beforeEach(() => fake.reset());

async function sessionSaying(opts: { language: string | null; researchLanguage?: string; lines: string[] }) {
  const { project } = await createOwnerWithProject(db);
  if (opts.researchLanguage) await db.project.update({ where: { id: project.id }, data: { researchLanguage: opts.researchLanguage } });
  const session = await db.session.create({
    data: {
      projectId: project.id,
      status: "completed",
      language: opts.language,
      startedAt: new Date(Date.now() - 600_000),
      completedAt: new Date(),
    },
  });
  for (const [i, content] of opts.lines.entries())
    await db.sessionMessage.create({ data: { sessionId: session.id, role: "participant", content, offsetMs: (i + 1) * 30_000 } });
  const run = await startProcessingRun({ sessionId: session.id, trigger: "completed", inngestRunId: `inngest-${session.id}` });
  await analyseSession({ projectId: project.id, sessionId: session.id, runId: run.runId });
  await saveSessionSignals({ sessionId: session.id, runId: run.runId, signals: await loadExtractedSignals(run.runId) });
  const signals = await db.signal.findMany({ where: { sessionId: session.id }, orderBy: { offsetMs: "asc" } });
  return { signals, session };
}

const SPANISH = "Odio exportar las facturas a mano cada viernes, me lleva toda la tarde.";
const JAPANESE = "毎週金曜日に請求書を手作業でエクスポートするのが本当に面倒です。";

describe("signals in the participant's language", () => {
  it("a Spanish session in an English project: verbatim Spanish quote, English translation, topics asked in English", async () => {
    fake.claude.use(offlineAnalysis);
    const { signals } = await sessionSaying({ language: "es", lines: [SPANISH] });
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ language: "es", translation: "I hate exporting the invoices by hand every Friday" });
    expect(SPANISH).toContain(signals[0].quote);
    const extraction = fake.claude.requests.find((r) => isExtractionRequest(r))!;
    expect(lastUserText(extraction)).toContain('Keep every "quote" verbatim in Spanish');
    expect(lastUserText(extraction)).toContain('Put its English translation in "translation"');
  });

  it("a Japanese session (no spaces) is grounded and translated", async () => {
    fake.claude.use(offlineAnalysis);
    const { signals } = await sessionSaying({ language: "ja", lines: [JAPANESE] });
    expect(signals).toHaveLength(1);
    expect(JAPANESE).toContain(signals[0].quote);
    expect(signals[0]).toMatchObject({ language: "ja", translation: "exporting invoices by hand every Friday is a pain" });
  });

  it("a session already in the research language stores no translation; the summary is asked for in a German research language", async () => {
    fake.claude.use(offlineAnalysis);
    const en = await sessionSaying({ language: "en", lines: ["I hate exporting invoices by hand every Friday."] });
    expect(en.signals[0]).toMatchObject({ language: "en", translation: null });

    fake.reset();
    fake.claude.use(offlineAnalysis);
    const de = await sessionSaying({
      language: "de",
      researchLanguage: "de",
      lines: ["Ich hasse es, die Rechnungen von Hand zu exportieren."],
    });
    expect(de.signals[0]).toMatchObject({ language: "de", translation: null });
    const summary = fake.claude.requests.find((r) => !isExtractionRequest(r))!;
    expect(lastUserText(summary)).toContain("Write the summary in German.");
  });

  it("keeps the extraction's cached prefix (system prompt and tool) identical across languages", async () => {
    const prefixes: string[] = [];
    fake.claude.use((req: ClaudeRequest) => {
      if (isExtractionRequest(req)) prefixes.push(JSON.stringify([req.body.system, req.body.tools]));
      return offlineAnalysis(req)!;
    });
    await sessionSaying({ language: "en", lines: ["The export breaks every month."] });
    await sessionSaying({ language: "ja", lines: [JAPANESE] });
    expect(prefixes).toHaveLength(2);
    expect(prefixes[1]).toBe(prefixes[0]);
  });
});

describe("validateExtraction with translations", () => {
  const window = (text: string): TimelineEntry[] => [{ offsetMs: 1_000, kind: "message", speaker: "participant", text }];
  const signal = (quote: string, translation?: string) => ({
    type: "workaround",
    quote,
    topic: "Manual export",
    confidence: 0.8,
    intensity: 0.5,
    translation,
  });

  it("drops a quote the model translated instead of copying (not the participant's words), keeps the original", () => {
    const out = validateExtraction(
      {
        signals: [
          signal("I hate exporting the invoices by hand", "x"),
          signal("exportar las facturas a mano", "exporting the invoices by hand"),
        ],
      },
      window(SPANISH),
      { translate: true },
    );
    expect(out.signals.map((s) => [s.quote, s.translation])).toEqual([["exportar las facturas a mano", "exporting the invoices by hand"]]);
    expect(out.dropped.ungrounded).toBe(1);
  });

  it("keeps a signal without its translation (noted), and ignores translations nobody asked for", () => {
    const missing = validateExtraction({ signals: [signal("手作業でエクスポートする")] }, window(JAPANESE), { translate: true });
    expect(missing.signals[0]).toMatchObject({ quote: "手作業でエクスポートする", translation: null });
    expect(missing.dropped.examples).toEqual(["signal 1: no translation of the quote"]);
    const unasked = validateExtraction({ signals: [signal("exportar las facturas", "exporting")] }, window(SPANISH));
    expect(unasked.signals[0].translation).toBeNull();
  });
});
