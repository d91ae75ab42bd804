import { db } from "@/lib/db";
import { clearSessionAnalysis } from "./clear-session-analysis";
import { assertRunHoldsSession } from "./session-run-lock";
import type { ExtractedSignal } from "./signal-output";

/**
 * Replaces the session's signals with the ones just extracted, in one transaction. Clearing first
 * makes the step safe to repeat: a retry, a replay or a duplicate event ends with one set of signals.
 */
export async function saveSessionSignals(input: { sessionId: string; runId: string; signals: ExtractedSignal[] }): Promise<string[]> {
  return db.$transaction(async (tx) => {
    // serialises writers of this session and refuses a run that no longer holds it
    await assertRunHoldsSession(tx, { sessionId: input.sessionId, runId: input.runId });
    const session = await tx.session.findUniqueOrThrow({ where: { id: input.sessionId }, select: { projectId: true, language: true } });
    // the summary was written by this run's analysis, beside the extraction
    await clearSessionAnalysis(tx, { sessionId: input.sessionId, keepSummary: true });
    const rows = input.signals.map((s) => ({
      id: crypto.randomUUID(),
      projectId: session.projectId,
      sessionId: input.sessionId,
      type: s.type,
      quote: s.quote,
      topic: s.topic,
      context: s.context || null,
      analysis: s.analysis || null,
      confidence: s.confidence,
      intensity: s.intensity,
      offsetMs: s.offsetMs,
      // quotes stay verbatim in the session's language; the translation is set only when it differs
      language: session.language,
      translation: s.translation || null,
    }));
    if (rows.length) await tx.signal.createMany({ data: rows });
    await tx.session.update({ where: { id: input.sessionId }, data: { signalCount: rows.length } });
    return rows.map((r) => r.id);
  });
}
