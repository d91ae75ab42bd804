// Reading and writing the interview transcript (SessionMessage rows).
import type { InterviewPhase, MessageRole } from "@/generated/prisma/enums";
import type { SessionMessage } from "@/generated/prisma/client";
import { recordUsage } from "@/lib/ai/record-usage";
import { db, type DbClient } from "@/lib/db";
import { isUniqueViolation } from "@/lib/errors";
import type { GeneratedMessage } from "./generate-reply";

// Interviewer rows get ids derived from what they answer, so (sessionId, clientMessageId) being unique
// stores each of them once even when two requests race. ':' cannot occur in a participant's id.
export const OPENING_CLIENT_ID = "interviewer:opening";
export const replyClientIdFor = (participantClientMessageId: string) => `interviewer:reply:${participantClientMessageId}`;

export interface MessageView {
  id: string;
  role: MessageRole;
  content: string;
  offsetMs: number;
  phase: InterviewPhase | null;
  clientMessageId: string | null;
  /** voice interviews: a participant turn that was spoken, or an interviewer reply that was read aloud */
  spoken: boolean;
  createdAt: string;
}

export function toMessageView(m: SessionMessage): MessageView {
  return {
    id: m.id,
    role: m.role,
    content: m.content,
    offsetMs: m.offsetMs,
    phase: m.phase,
    clientMessageId: m.clientMessageId,
    spoken: m.spoken,
    createdAt: m.createdAt.toISOString(),
  };
}

/** Milliseconds since the session started (0 before it has). */
export function offsetSince(startedAt: Date | null, now: Date): number {
  if (!startedAt) return 0;
  return Math.min(2_147_483_647, Math.max(0, now.getTime() - startedAt.getTime()));
}

const TRANSCRIPT_ORDER = [{ offsetMs: "asc" }, { createdAt: "asc" }, { id: "asc" }] as const;

/** The conversation in order (participant and interviewer messages). */
export async function loadTranscript(sessionId: string, tx: DbClient = db) {
  return tx.sessionMessage.findMany({
    where: { sessionId, role: { in: ["participant", "interviewer"] } },
    orderBy: [...TRANSCRIPT_ORDER],
  });
}

export async function findMessage(sessionId: string, clientMessageId: string, tx: DbClient = db) {
  return tx.sessionMessage.findUnique({ where: { sessionId_clientMessageId: { sessionId, clientMessageId } } });
}

/** The participant's most recent message. */
export async function latestParticipantMessage(sessionId: string) {
  return db.sessionMessage.findFirst({
    where: { sessionId, role: "participant" },
    orderBy: [{ offsetMs: "desc" }, { createdAt: "desc" }, { id: "desc" }],
  });
}

/**
 * Stores an interviewer message once and records the model usage that produced it, in one
 * transaction. If a concurrent request stored the same message first, that row is returned (the
 * tokens this call spent are still recorded). Returns null when the session stopped being active
 * meanwhile (ended by the participant) and `requireActive` is set.
 */
export async function storeInterviewerMessage(input: {
  session: { id: string; projectId: string; startedAt: Date | null };
  clientMessageId: string;
  content: string;
  phase: InterviewPhase;
  generated: GeneratedMessage | null;
  requireActive?: boolean;
  now?: Date;
  spoken?: boolean;
}): Promise<SessionMessage | null> {
  const { session, generated } = input;
  const usage = generated
    ? {
        projectId: session.projectId,
        sessionId: session.id,
        purpose: "interview" as const,
        provider: "anthropic" as const,
        model: generated.model,
        ...generated.usage,
      }
    : null;
  try {
    return await db.$transaction(async (tx) => {
      if (usage) await recordUsage({ ...usage, tx });
      if (input.requireActive) {
        const current = await tx.session.findUniqueOrThrow({ where: { id: session.id }, select: { status: true } });
        if (current.status !== "active") return null;
      }
      return tx.sessionMessage.create({
        data: {
          sessionId: session.id,
          role: "interviewer",
          content: input.content,
          offsetMs: offsetSince(session.startedAt, input.now ?? new Date()),
          phase: input.phase,
          clientMessageId: input.clientMessageId,
          spoken: input.spoken ?? false,
        },
      });
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    if (usage) await recordUsage(usage);
    return db.sessionMessage.findUniqueOrThrow({
      where: { sessionId_clientMessageId: { sessionId: session.id, clientMessageId: input.clientMessageId } },
    });
  }
}
