import type { ScreenerStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { AppError, conflict, isUniqueViolation, notFound } from "@/lib/errors";
import { resolveParticipantLanguage } from "@/lib/languages/resolve-language";
import { pick, translationFor } from "./translations";
import { createParticipantSession } from "@/lib/sessions/create-participant-session";
import { evaluateScreener } from "./evaluate-screener";
import { questionOrder } from "./get-screener";
import type { SubmitResponseInput } from "./schemas";

export const DEFAULT_DISQUALIFIED_MESSAGE =
  "Thank you for your time. This study is looking for a different profile, so we won't invite you to an interview this time.";
/** Stored as the reason when a qualifying response arrives after every place is taken. */
export const FULL_REASON = "This study is full";
export const FULL_MESSAGE =
  "Thank you for your interest. This study already has all the participants it needs, so we can't invite you this time.";
export const DUPLICATE_MESSAGE = "This email address has already been used to answer this screener.";

export type SubmitResult =
  { qualified: true; sessionId: string; responseId: string; resumed: boolean } | { qualified: false; message: string; responseId: string };

/**
 * Why a screener does not take responses: a draft is not published (404, like a missing one);
 * paused and closed are 409 with a message the public page can show.
 */
export function notAcceptingResponses(status: ScreenerStatus | null): AppError {
  if (status === null || status === "draft") return notFound("Screener");
  if (status === "paused")
    return conflict("This study is paused and is not accepting responses right now. Please try again later.", { status });
  if (status === "closed") return conflict("This study is closed and no longer accepts responses.", { status });
  return conflict("This study is not accepting responses.", { status });
}

/**
 * An earlier response by the same email to the same screener: a qualified one whose interview has
 * not ended is resumed (the same session is returned); anything else is refused with 409.
 */
async function resolveDuplicate(screenerId: string, email: string): Promise<SubmitResult | null> {
  const existing = await db.screenerResponse.findUnique({
    where: { screenerId_participantEmail: { screenerId, participantEmail: email } },
    include: { session: { select: { id: true, status: true } } },
  });
  if (!existing) return null;
  if (existing.qualified && existing.session && (existing.session.status === "pending" || existing.session.status === "active")) {
    return { qualified: true, sessionId: existing.session.id, responseId: existing.id, resumed: true };
  }
  throw conflict(DUPLICATE_MESSAGE);
}

/**
 * A participant's answers to a public screener (the caller's project, found through the public key).
 *
 * - The screener must be active (draft → 404, paused/closed → 409).
 * - Every answer is validated first: any error → 400 with `fields["answers.<questionId>"]`, and
 *   nothing is stored or counted.
 * - Same email again → resume or 409 (resolveDuplicate); a concurrent duplicate that loses the
 *   race on the unique (screenerId, participantEmail) index is resolved the same way.
 * - Capacity is atomic: a qualified response takes a place with one conditional UPDATE of the
 *   screener row (`qualifiedCount < maxParticipants`), whose row lock serialises concurrent
 *   submissions until commit. A qualifying response that finds no place left is stored as
 *   disqualified with the reason "This study is full" (so researchers see the demand), and the
 *   participant gets a "study is full" message.
 * - A qualified response gets its interview session in the same transaction, with the consents
 *   given here (recording consent is optional: the interview room records only with it).
 * - Counters: qualified/disqualified always; the start unless the page already counted it.
 */
export async function submitScreenerResponse(input: {
  projectId: string;
  screenerId: string;
  data: SubmitResponseInput;
  userAgent?: string | null;
  /** the browser's Accept-Language, used when neither the link nor the participant chose a language */
  acceptLanguage?: string | null;
}): Promise<SubmitResult> {
  const { data } = input;
  const screener = await db.screener.findFirst({
    where: { id: input.screenerId, projectId: input.projectId },
    include: { questions: { orderBy: questionOrder }, project: { select: { interviewLanguages: true } } },
  });
  if (!screener || screener.status !== "active") throw notAcceptingResponses(screener?.status ?? null);
  // the page sends the link's ?lang= or the picker's choice as `language` (issue #17 order)
  const { language } = resolveParticipantLanguage({
    choice: data.language,
    acceptLanguage: input.acceptLanguage,
    interviewLanguages: screener.project.interviewLanguages,
  });

  const evaluation = evaluateScreener(screener.questions, data.answers);
  if (!evaluation.ok) {
    const fields: Record<string, string[]> = {};
    for (const [questionId, messages] of Object.entries(evaluation.errors)) fields[`answers.${questionId}`] = messages;
    throw new AppError("validation_failed", "Some answers need attention", { fields });
  }

  const email = data.participantEmail;
  if (email) {
    const earlier = await resolveDuplicate(screener.id, email);
    if (earlier) return earlier;
  }

  const starts = data.startRecorded ? 0 : 1;
  try {
    return await db.$transaction(async (tx) => {
      let qualified = evaluation.qualified;
      let reason = evaluation.reason;
      let full = false;

      const stillActive = async () => {
        const now = await tx.screener.findUnique({ where: { id: screener.id }, select: { status: true } });
        if (now?.status !== "active") throw notAcceptingResponses(now?.status ?? null);
      };

      if (qualified) {
        const taken = await tx.$executeRaw`
          UPDATE "Screener" SET "qualifiedCount" = "qualifiedCount" + 1, "startCount" = "startCount" + ${starts}
          WHERE id = ${screener.id} AND status = 'active'
            AND ("maxParticipants" IS NULL OR "qualifiedCount" < "maxParticipants")`;
        if (taken === 0) {
          await stillActive();
          qualified = false;
          reason = FULL_REASON;
          full = true;
        }
      }
      if (!qualified) {
        const counted = await tx.$executeRaw`
          UPDATE "Screener" SET "disqualifiedCount" = "disqualifiedCount" + 1, "startCount" = "startCount" + ${starts}
          WHERE id = ${screener.id} AND status = 'active'`;
        if (counted === 0) await stillActive();
      }

      const consents = {
        consentRecording: data.consents.recording,
        consentAnalytics: data.consents.analytics,
        consentFollowUp: data.consents.followUp,
      };
      const session = qualified
        ? await createParticipantSession(tx, {
            projectId: screener.projectId,
            screenerId: screener.id,
            participantName: data.participantName,
            participantEmail: email,
            consentRecording: data.consents.recording,
            consentAnalytics: data.consents.analytics,
            consentFollowUp: data.consents.followUp,
            userAgent: input.userAgent ?? null,
            language,
            // the screener's interview mode (#18): text chat or voice conversation
            mode: screener.interviewMode === "voice" ? "voice" : "text",
          })
        : null;

      const response = await tx.screenerResponse.create({
        data: {
          screenerId: screener.id,
          projectId: screener.projectId,
          answers: evaluation.answers,
          participantName: data.participantName,
          participantEmail: email,
          qualified,
          disqualifyReason: qualified ? null : reason,
          ...consents,
          utmSource: data.utm?.source ?? null,
          utmMedium: data.utm?.medium ?? null,
          utmCampaign: data.utm?.campaign ?? null,
          utmTerm: data.utm?.term ?? null,
          utmContent: data.utm?.content ?? null,
          sessionId: session?.id ?? null,
        },
      });

      if (session) return { qualified: true as const, sessionId: session.id, responseId: response.id, resumed: false };
      return {
        qualified: false as const,
        responseId: response.id,
        // the researcher's message in the participant's language when written (issue #17), else the main one
        message: full
          ? FULL_MESSAGE
          : (pick(translationFor(screener.translations, language), "disqualifiedMessage", screener.disqualifiedMessage) ??
            DEFAULT_DISQUALIFIED_MESSAGE),
      };
    });
  } catch (e) {
    // a simultaneous submission with the same email committed first: the transaction rolled back
    // (counters and session included), so answer exactly as for a duplicate
    if (email && isUniqueViolation(e)) {
      const earlier = await resolveDuplicate(screener.id, email);
      if (earlier) return earlier;
      throw conflict(DUPLICATE_MESSAGE);
    }
    throw e;
  }
}
