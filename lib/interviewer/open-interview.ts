// The interviewer's first message. Stored once (a fixed clientMessageId), so reloading the room or
// pressing Start twice never greets the participant twice.
import type { SessionMessage } from "@/generated/prisma/client";
import { anthropicModel } from "@/lib/ai/anthropic";
import { db } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { log } from "@/lib/log";
import { loadFollowUpInterviewContext } from "./follow-up-context";
import { generateInterviewerMessage, type GenerateOptions } from "./generate-reply";
import { parsePhaseTurns } from "./phases";
import { buildInterviewRequest } from "./prompt";
import { findMessage, OPENING_CLIENT_ID, storeInterviewerMessage } from "./transcript";

/**
 * Returns the opening message, generating it if it does not exist yet. Returns null when the
 * conversation is already under way without one. The session must be active (startSession first).
 */
export async function openInterview(input: { sessionId: string; now?: Date } & GenerateOptions): Promise<SessionMessage | null> {
  const existing = await findMessage(input.sessionId, OPENING_CLIENT_ID);
  if (existing) return existing;
  const session = await db.session.findUniqueOrThrow({
    where: { id: input.sessionId },
    include: { screener: { select: { title: true, description: true } }, _count: { select: { messages: true } } },
  });
  if (session.status !== "active") throw conflict("The interview is not in progress");
  if (session._count.messages > 0) return null;

  const request = buildInterviewRequest({
    task: "opening",
    phase: session.currentPhase,
    phaseTurns: parsePhaseTurns(session.phaseTurns),
    participantName: session.participantName,
    study: session.screener,
    language: session.language,
    followUp: session.purpose === "follow_up" ? await loadFollowUpInterviewContext(session.id) : null,
    model: anthropicModel(),
    transcript: [],
  });
  let generated;
  try {
    generated = await generateInterviewerMessage({
      request,
      sessionId: session.id,
      onText: input.onText,
      onRestart: input.onRestart,
      retry: input.retry,
      timeoutMs: input.timeoutMs,
    });
  } catch (e) {
    log.warn("interviewer opening failed", { sessionId: session.id, error: e });
    throw new AppError("service_unavailable", "The interviewer could not start just now. Try again in a moment.", { retryable: true }, 2);
  }
  return storeInterviewerMessage({
    session,
    clientMessageId: OPENING_CLIENT_ID,
    content: generated.text,
    phase: session.currentPhase,
    generated,
    now: input.now,
  });
}
