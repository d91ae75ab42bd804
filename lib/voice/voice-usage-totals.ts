// LlmUsage rows of some sessions summed up: audio transcribed, characters synthesised, tokens and
// cost, with the cost of each purpose. The session page's "Voice usage" panel (session-voice-usage.ts)
// and npm run bench:voice both read their figures through it.
import { db } from "@/lib/db";

export interface VoiceUsageTotals {
  /** the purposes that have rows (e.g. voice_transcribe, speech, interview) */
  purposes: string[];
  costByPurpose: Record<string, number>;
  audioSeconds: number;
  characters: number;
  tokens: number;
  costUsd: number;
}

export async function voiceUsageTotals(input: { sessionIds: string[]; purposes?: string[] }): Promise<VoiceUsageTotals> {
  const rows = await db.llmUsage.groupBy({
    by: ["purpose"],
    where: { sessionId: { in: input.sessionIds }, ...(input.purposes ? { purpose: { in: input.purposes } } : {}) },
    _sum: {
      audioSeconds: true,
      characters: true,
      inputTokens: true,
      outputTokens: true,
      cacheReadTokens: true,
      cacheWriteTokens: true,
      costUsd: true,
    },
  });
  const sum = (pick: (r: (typeof rows)[number]["_sum"]) => number | null | undefined) => rows.reduce((t, r) => t + (pick(r._sum) ?? 0), 0);
  return {
    purposes: rows.map((r) => r.purpose),
    costByPurpose: Object.fromEntries(rows.map((r) => [r.purpose, Number(r._sum.costUsd ?? 0)])),
    audioSeconds: sum((s) => s.audioSeconds),
    characters: sum((s) => s.characters),
    tokens: sum((s) => (s.inputTokens ?? 0) + (s.outputTokens ?? 0) + (s.cacheReadTokens ?? 0) + (s.cacheWriteTokens ?? 0)),
    costUsd: sum((s) => Number(s.costUsd ?? 0)),
  };
}
