// What the interview room and the completion page need about a session, for its participant.
import type { PublicKeyCaller } from "@/lib/access/public-key";
import { INTERVIEWER_NOT_CONFIGURED, isAnthropicConfigured } from "@/lib/ai/anthropic";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isInterviewComplete } from "./advance-phase";
import { loadFollowUpInterviewContext, planFor } from "./follow-up-context";
import { MAX_MESSAGE_CHARS, MAX_PARTICIPANT_TURNS, parsePhaseTurns } from "./phases";
import { loadTranscript, replyClientIdFor, toMessageView } from "./transcript";
import { consentsOf } from "@/lib/sessions/consents";
import { voiceAvailability } from "@/lib/ai/voice-availability";
import { pick, translationFor } from "@/lib/screeners/translations";

const GENERIC_PROCESSING_ERROR = "Processing this interview failed. The research team can see the details and retry it.";

export async function getInterviewView(input: { caller: PublicKeyCaller; sessionId: string }) {
  const session = await db.session.findFirst({
    where: { id: input.sessionId, projectId: input.caller.projectId },
    include: {
      screener: {
        select: { id: true, title: true, description: true, thankYouMessage: true, brandColor: true, logoUrl: true, translations: true },
      },
      project: { select: { researchLanguage: true } },
      response: { select: { participantName: true, participantEmail: true } },
    },
  });
  if (!session) throw notFound("Session");
  const transcript = await loadTranscript(session.id);

  // the last participant message without an answer: the room offers "try again" for it
  const answered = new Set(transcript.filter((m) => m.role === "interviewer").map((m) => m.clientMessageId));
  const lastParticipant = [...transcript].reverse().find((m) => m.role === "participant");
  const awaitingReplyFor =
    session.status === "active" && lastParticipant?.clientMessageId && !answered.has(replyClientIdFor(lastParticipant.clientMessageId))
      ? lastParticipant.clientMessageId
      : null;
  const available = isAnthropicConfigured();
  const phaseTurns = parsePhaseTurns(session.phaseTurns);
  const plan = planFor(session.purpose === "follow_up" ? await loadFollowUpInterviewContext(session.id) : null);
  // name and email only prefill the room; once the interview is over they are not sent back out
  const inRoom = session.status === "pending" || session.status === "active";

  return {
    session: {
      id: session.id,
      status: session.status,
      mode: session.mode,
      /** the interview's language (issue #17): the room marks the conversation with it */
      language: session.language,
      phase: session.currentPhase,
      participantTurns: session.participantTurns,
      maxParticipantTurns: plan?.maxTurns ?? MAX_PARTICIPANT_TURNS,
      maxMessageChars: MAX_MESSAGE_CHARS,
      participantName: inRoom ? (session.participantName ?? session.response?.participantName ?? null) : null,
      participantEmail: inRoom ? (session.participantEmail ?? session.response?.participantEmail ?? null) : null,
      consents: consentsOf(session),
      startedAt: session.startedAt?.toISOString() ?? null,
      completedAt: session.completedAt?.toISOString() ?? null,
      processingStatus: session.processingStatus,
      processingError:
        session.processingStatus === "failed" ? session.processingError?.trim().slice(0, 500) || GENERIC_PROCESSING_ERROR : null,
      signalCount: session.signalCount,
    },
    screener: session.screener ? participantScreenerTexts(session.screener, session.language, session.project.researchLanguage) : null,
    messages: transcript.map(toMessageView),
    interviewer: {
      available,
      message: available ? null : `${INTERVIEWER_NOT_CONFIGURED}. The interview cannot start until the research team sets it up.`,
      /** the participant message still waiting for an answer (a failed reply): resend it to retry */
      awaitingReplyFor,
      /** the interview reached its end but the closing step did not finish: resend the last message */
      closing: session.status === "active" && isInterviewComplete({ currentPhase: session.currentPhase, phaseTurns, plan }),
    },
    /** voice interviews (#18): whether the room can listen and speak (OpenAI configured); session.mode says whether it starts in voice */
    voice: voiceAvailability(),
  };
}

export type InterviewView = Awaited<ReturnType<typeof getInterviewView>>;

/**
 * The screener's texts in the session's language (issue #17): the researcher's translation, else
 * the main text, whose language (the project's research language) is listed in `fallback` so the
 * room and the completion page can mark it with its own `lang`.
 */
function participantScreenerTexts(
  screener: {
    id: string;
    title: string;
    description: string | null;
    thankYouMessage: string | null;
    brandColor: string | null;
    logoUrl: string | null;
    translations: unknown;
  },
  language: string | null,
  mainLanguage: string,
) {
  const t = translationFor(screener.translations, language);
  const translated = !!language && language !== mainLanguage;
  const texts = {
    title: pick(t, "title", screener.title) ?? screener.title,
    description: pick(t, "description", screener.description),
    thankYouMessage: pick(t, "thankYouMessage", screener.thankYouMessage),
  };
  const fallback = translated
    ? (["title", "description", "thankYouMessage"] as const).filter((k) => screener[k] && !(typeof t[k] === "string" && t[k].trim()))
    : [];
  return { id: screener.id, ...texts, brandColor: screener.brandColor, logoUrl: screener.logoUrl, mainLanguage, fallback };
}
