// A participant's message and the interviewer's answer to it.
//
// 1. acceptParticipantMessage stores the message ONCE (idempotent on clientMessageId) and, in the
//    same transaction, counts the turn and advances the phase on the session row. From then on the
//    message is acknowledged and never lost.
// 2. replyToParticipant generates the interviewer's answer (streamed, retried with backoff), stores it
//    with its usage, and ends the interview (auto_end) after the closing message. It only generates
//    what is missing: a resend of an answered message returns the stored answer.
import type { SessionMessage } from "@/generated/prisma/client";
import type { PublicKeyCaller } from "@/lib/access/public-key";
import { anthropicModel, requireAnthropic } from "@/lib/ai/anthropic";
import { db } from "@/lib/db";
import { AppError, conflict, isUniqueViolation, validationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { endSession } from "@/lib/sessions/end-session";
import { getParticipantSessionOrThrow } from "@/lib/sessions/get-participant-session";
import { isInterviewComplete, recordParticipantTurn } from "./advance-phase";
import { loadFollowUpInterviewContext, planFor } from "./follow-up-context";
import { generateInterviewerMessage, type GenerateOptions, type GeneratedMessage } from "./generate-reply";
import { parsePhaseTurns } from "./phases";
import { buildInterviewRequest } from "./prompt";
import { sendMessageSchema } from "./schemas";
import {
  findMessage,
  latestParticipantMessage,
  loadTranscript,
  offsetSince,
  replyClientIdFor,
  storeInterviewerMessage,
  toMessageView,
  type MessageView,
} from "./transcript";

export interface AcceptedMessage {
  sessionId: string;
  projectId: string;
  message: SessionMessage & { clientMessageId: string };
  /** the same clientMessageId was stored before: nothing was counted again */
  duplicate: boolean;
}

function asAccepted(message: SessionMessage, projectId: string, duplicate: boolean, content: string): AcceptedMessage {
  if (message.role !== "participant" || message.content !== content) {
    throw conflict("This clientMessageId was already used for a different message");
  }
  return { sessionId: message.sessionId, projectId, message: message as AcceptedMessage["message"], duplicate };
}

/**
 * Validates and stores the participant's message once, counting the turn and moving the phase in the
 * same transaction (the session row is locked, so concurrent sends count correctly).
 * Refuses with 503 when the interviewer is not configured (nothing is stored), 404 for a session of
 * another project, 409 when the session is not in progress.
 */
export async function acceptParticipantMessage(input: {
  caller: PublicKeyCaller;
  sessionId: string;
  clientMessageId: string;
  content: string;
  now?: Date;
  /** a spoken turn (voice interviews, lib/voice): its length, and its audio's storage key when recording is consented */
  voice?: { audioMs: number | null; audioKey: string | null };
}): Promise<AcceptedMessage> {
  const parsed = sendMessageSchema.safeParse({ clientMessageId: input.clientMessageId, content: input.content });
  if (!parsed.success) throw validationError(parsed.error, "body");
  const { clientMessageId, content } = parsed.data;
  const { sessionId } = input;
  const session = await getParticipantSessionOrThrow({ caller: input.caller, sessionId });
  requireAnthropic();
  const now = input.now ?? new Date();

  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Session" WHERE "id" = ${sessionId} FOR UPDATE`;
      const existing = await findMessage(sessionId, clientMessageId, tx);
      if (existing) return asAccepted(existing, session.projectId, true, content);

      const current = await tx.session.findUniqueOrThrow({ where: { id: sessionId } });
      if (current.status === "pending") throw conflict("Start the interview before sending messages");
      if (current.status !== "active") throw conflict("This interview has ended");
      // a follow-up interview follows its own, shorter plan (follow-up-plan.ts)
      const followUp = current.purpose === "follow_up" ? await loadFollowUpInterviewContext(sessionId, tx) : null;
      const before = { currentPhase: current.currentPhase, phaseTurns: parsePhaseTurns(current.phaseTurns), plan: planFor(followUp) };
      if (isInterviewComplete(before)) throw conflict("The interview is complete; it is being closed");

      const next = recordParticipantTurn(before);
      const message = await tx.sessionMessage.create({
        data: {
          sessionId,
          role: "participant",
          content,
          offsetMs: offsetSince(current.startedAt, now),
          phase: before.currentPhase,
          clientMessageId,
          ...(input.voice ? { spoken: true, audioMs: input.voice.audioMs, audioKey: input.voice.audioKey } : {}),
        },
      });
      await tx.session.update({
        where: { id: sessionId },
        data: { phaseTurns: next.phaseTurns, participantTurns: next.participantTurns, currentPhase: next.phase },
      });
      return asAccepted(message, session.projectId, false, content);
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // stored by a concurrent request with the same id between our check and our insert
    const existing = await findMessage(sessionId, clientMessageId);
    if (!existing) throw e;
    return asAccepted(existing, session.projectId, true, content);
  }
}

export interface ReplyOutcome {
  message: MessageView;
  /** the interviewer's answer; null when a later message superseded this one or the session ended first */
  reply: MessageView | null;
  /** the interview has ended (this reply was the closing message, or it had ended already) */
  ended: boolean;
  session: { status: string; phase: string; participantTurns: number };
}

/** The participant's message is saved, but the model failed even after retries: resend to retry. */
export function interviewerUnavailable(clientMessageId: string) {
  return new AppError(
    "service_unavailable",
    "The interviewer could not reply just now. Your message is saved; try again in a moment.",
    { retryable: true, clientMessageId },
    2,
  );
}

function closingFallback(name: string | null) {
  return `Thank you${name ? `, ${name}` : ""}, that was everything I wanted to ask. Your answers are really helpful to the team. The interview is finished now, and you can close this window.`;
}

/**
 * Generates, stores and returns the interviewer's answer to an accepted message; ends the interview
 * after the closing answer. Model failures are retried; when they persist the participant's message
 * stays stored and a retryable 503 is thrown, except for the closing turn, which falls back to a
 * fixed thank-you so that a finished interview always ends.
 */
export async function replyToParticipant(
  input: {
    accepted: AcceptedMessage;
    now?: Date;
    /** the reply will be read aloud (voice interviews) */ spoken?: boolean;
  } & GenerateOptions,
): Promise<ReplyOutcome> {
  const { accepted } = input;
  const { sessionId } = accepted;
  const participantMessage = accepted.message;
  const replyId = replyClientIdFor(participantMessage.clientMessageId);

  // read together: each is a round trip on the way to the model's first token (a spoken reply waits for it)
  const [found, storedReply, latest, transcript] = await Promise.all([
    db.session.findUniqueOrThrow({
      where: { id: sessionId },
      include: { screener: { select: { title: true, description: true } } },
    }),
    findMessage(sessionId, replyId),
    latestParticipantMessage(sessionId),
    loadTranscript(sessionId),
  ]);
  let session = found;
  const followUp = session.purpose === "follow_up" ? await loadFollowUpInterviewContext(sessionId) : null;
  const state = { currentPhase: session.currentPhase, phaseTurns: parsePhaseTurns(session.phaseTurns), plan: planFor(followUp) };
  const complete = isInterviewComplete(state);
  let reply = storedReply;

  if (!reply && session.status === "active") {
    if (latest && latest.id !== participantMessage.id) return outcome(participantMessage, null, session);

    const request = buildInterviewRequest({
      task: complete ? "closing" : "reply",
      phase: session.currentPhase,
      phaseTurns: state.phaseTurns,
      participantName: session.participantName,
      study: session.screener,
      language: session.language,
      followUp,
      model: anthropicModel(),
      transcript,
    });
    let generated: GeneratedMessage | null = null;
    let text: string;
    try {
      generated = await generateInterviewerMessage({
        request,
        sessionId,
        onText: input.onText,
        onRestart: input.onRestart,
        retry: input.retry,
        timeoutMs: input.timeoutMs,
      });
      text = generated.text;
    } catch (e) {
      log.warn("interviewer reply failed", { sessionId, clientMessageId: participantMessage.clientMessageId, closing: complete, error: e });
      if (!complete) throw interviewerUnavailable(participantMessage.clientMessageId);
      text = closingFallback(session.participantName);
      input.onRestart?.();
      input.onText?.(text);
    }
    reply = await storeInterviewerMessage({
      session,
      clientMessageId: replyId,
      content: text,
      phase: session.currentPhase,
      generated,
      requireActive: true,
      now: input.now,
      spoken: input.spoken,
    });
  }

  if (complete && session.status === "active") {
    session = { ...session, ...(await endSession({ sessionId, reason: "auto_end" })).session };
  } else if (session.status === "active") {
    // the participant may have ended the interview while the answer was being written
    session = { ...session, status: (await db.session.findUniqueOrThrow({ where: { id: sessionId }, select: { status: true } })).status };
  }
  return outcome(participantMessage, reply, session);
}

function outcome(
  message: SessionMessage,
  reply: SessionMessage | null,
  session: { status: string; currentPhase: string; participantTurns: number },
): ReplyOutcome {
  return {
    message: toMessageView(message),
    reply: reply ? toMessageView(reply) : null,
    ended: session.status === "completed" || session.status === "abandoned",
    session: { status: session.status, phase: session.currentPhase, participantTurns: session.participantTurns },
  };
}

/** Accepts the message, then answers it (the non-streaming path; the API streams via reply-stream.ts). */
export async function sendParticipantMessage(
  input: { caller: PublicKeyCaller; sessionId: string; clientMessageId: string; content: string; now?: Date } & GenerateOptions,
): Promise<ReplyOutcome> {
  const accepted = await acceptParticipantMessage(input);
  return replyToParticipant({ ...input, accepted });
}
