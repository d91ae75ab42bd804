// What a voice interview cost (#18), for the session page and the session API: minutes of the
// participant's audio transcribed, characters synthesised, the interviewer's tokens, their total cost
// and that cost per minute of interview (from its start to its end, or to its last message while it
// runs). Null for a session that never spoke (a text interview).
import { db } from "@/lib/db";
import { voiceUsageTotals } from "./voice-usage-totals";

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
  const [session, totals, last] = await Promise.all([
    db.session.findUnique({ where: { id: input.sessionId }, select: { mode: true, startedAt: true, completedAt: true } }),
    voiceUsageTotals({ sessionIds: [input.sessionId], purposes: CONVERSATION_PURPOSES }),
    db.sessionMessage.findFirst({ where: { sessionId: input.sessionId }, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  if (!session) return null;
  const spoke = totals.purposes.some((p) => p !== "interview");
  if (session.mode !== "voice" && !spoke) return null;
  const costUsd = Math.round(totals.costUsd * 1_000_000) / 1_000_000;
  const end = session.completedAt ?? last?.createdAt ?? null;
  const interviewMs = session.startedAt && end ? Math.max(0, end.getTime() - session.startedAt.getTime()) : 0;
  const interviewMinutes = interviewMs / 60_000;
  return {
    audioMinutes: Math.round((totals.audioSeconds / 60) * 100) / 100,
    characters: totals.characters,
    tokens: totals.tokens,
    costUsd,
    interviewMinutes: Math.round(interviewMinutes * 100) / 100,
    costPerMinuteUsd: interviewMinutes > 0 ? Math.round((costUsd / interviewMinutes) * 1_000_000) / 1_000_000 : null,
  };
}
