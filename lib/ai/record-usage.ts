// Stores one model call's usage (an LlmUsage row) and adds its tokens and cost to the session's
// totals in the same transaction, so the per-call log and the session totals never disagree.
import { db, type DbClient } from "@/lib/db";
import { estimateCostUsd } from "./pricing";

export type UsagePurpose = "interview" | "transcribe" | "extract" | "match" | "summary" | "spec" | "voice_transcribe" | "speech";

export interface RecordUsageInput {
  projectId: string;
  sessionId?: string | null;
  runId?: string | null;
  step?: string | null;
  purpose: UsagePurpose;
  provider: "anthropic" | "openai";
  model: string;
  inputTokens?: number;
  outputTokens?: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  audioSeconds?: number;
  /** characters synthesised by the speech API (voice interviews) */
  characters?: number;
}

/** Token counts from an Anthropic response's `usage` (cache counts are reported apart from input). */
export function tokensFromAnthropicUsage(usage: {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
}) {
  return {
    inputTokens: usage.input_tokens ?? 0,
    outputTokens: usage.output_tokens ?? 0,
    cacheReadTokens: usage.cache_read_input_tokens ?? 0,
    cacheWriteTokens: usage.cache_creation_input_tokens ?? 0,
  };
}

async function write(tx: DbClient, input: RecordUsageInput) {
  const amounts = {
    inputTokens: Math.max(0, Math.round(input.inputTokens ?? 0)),
    outputTokens: Math.max(0, Math.round(input.outputTokens ?? 0)),
    cacheReadTokens: Math.max(0, Math.round(input.cacheReadTokens ?? 0)),
    cacheWriteTokens: Math.max(0, Math.round(input.cacheWriteTokens ?? 0)),
    audioSeconds: Math.max(0, input.audioSeconds ?? 0),
    characters: Math.max(0, Math.round(input.characters ?? 0)),
  };
  const costUsd = estimateCostUsd({ model: input.model, ...amounts });
  const usage = await tx.llmUsage.create({
    data: {
      projectId: input.projectId,
      sessionId: input.sessionId ?? null,
      runId: input.runId ?? null,
      step: input.step ?? null,
      purpose: input.purpose,
      provider: input.provider,
      model: input.model,
      ...amounts,
      costUsd,
    },
  });
  if (input.sessionId) {
    await tx.session.update({
      where: { id: input.sessionId },
      data: {
        inputTokens: { increment: amounts.inputTokens },
        outputTokens: { increment: amounts.outputTokens },
        cacheReadTokens: { increment: amounts.cacheReadTokens },
        cacheWriteTokens: { increment: amounts.cacheWriteTokens },
        audioSeconds: { increment: amounts.audioSeconds },
        costUsd: { increment: costUsd },
      },
    });
  }
  return usage;
}

/**
 * Records usage atomically. Pass `tx` to join a transaction the caller already holds (e.g. the one
 * that stores the model's output); otherwise a new transaction is opened.
 */
export async function recordUsage(input: RecordUsageInput & { tx?: DbClient }) {
  const { tx, ...rest } = input;
  if (tx) return write(tx, rest);
  return db.$transaction((t) => write(t, rest));
}
