// What a voice interview cost (#18), for the session page and the session API: minutes of the
// participant's audio transcribed, characters synthesised, the interviewer's tokens, their total cost
// and that cost per minute of interview (from its start to its end, or to its last message while it
// runs). Null for a session that never spoke (a text interview).
import { db } from "@/lib/db";

export interface SessionVoiceUsage {
  audioMinutes: number;
  characters: number;
  tokens: number;
  costUsd: number;
  interviewMinutes: number;
  costPerMinuteUsd: number | null;
}

const CONVERSATION_PURPOSES = ["voice_transcribe", "speech", "interview"];

export async function getSessionVoiceUsage(input: { sessionId: string }): Promise<SessionVoiceUsage | null> {
  const [session, rows, last] = await Promise.all([
    db.session.findUnique({ where: { id: input.sessionId }, select: { mode: true, startedAt: true, completedAt: true } }),
    db.llmUsage.groupBy({
      by: ["purpose"],
      where: { sessionId: input.sessionId, purpose: { in: CONVERSATION_PURPOSES } },
      _sum: {
        audioSeconds: true,
        characters: true,
        inputTokens: true,
        outputTokens: true,
        cacheReadTokens: true,
        cacheWriteTokens: true,
        costUsd: true,
      },
    }),
    db.sessionMessage.findFirst({ where: { sessionId: input.sessionId }, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  if (!session) return null;
  const voiceRows = rows.filter((r) => r.purpose !== "interview");
  if (session.mode !== "voice" && voiceRows.length === 0) return null;
  const sum = (pick: (r: (typeof rows)[number]) => number | null | undefined) => rows.reduce((t, r) => t + (pick(r) ?? 0), 0);
  const audioSeconds = sum((r) => r._sum.audioSeconds);
  const costUsd = Math.round(sum((r) => Number(r._sum.costUsd ?? 0)) * 1_000_000) / 1_000_000;
  const end = session.completedAt ?? last?.createdAt ?? null;
  const interviewMs = session.startedAt && end ? Math.max(0, end.getTime() - session.startedAt.getTime()) : 0;
  const interviewMinutes = interviewMs / 60_000;
  return {
    audioMinutes: Math.round((audioSeconds / 60) * 100) / 100,
    characters: sum((r) => r._sum.characters),
    tokens: sum(
      (r) => (r._sum.inputTokens ?? 0) + (r._sum.outputTokens ?? 0) + (r._sum.cacheReadTokens ?? 0) + (r._sum.cacheWriteTokens ?? 0),
    ),
    costUsd,
    interviewMinutes: Math.round(interviewMinutes * 100) / 100,
    costPerMinuteUsd: interviewMinutes > 0 ? Math.round((costUsd / interviewMinutes) * 1_000_000) / 1_000_000 : null,
  };
}
