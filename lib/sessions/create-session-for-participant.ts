import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { offeredLanguages } from "@/lib/languages/resolve-language";
import { interviewPath } from "@/lib/sessions/interview-path";
import { createParticipantSession } from "./create-participant-session";
import type { CreateSessionInput } from "./schemas";
import { consentsOf } from "./consents";

/**
 * A pending session opened by a researcher (CLI or API) rather than by a screener or the SDK, and
 * the interview link to send the participant. The link carries the project's current public key,
 * like the links a qualified screener response leads to; a project without one gets no link.
 */
export async function createSessionForParticipant(input: { projectId: string; data: CreateSessionInput }) {
  const { data } = input;
  return db.$transaction(async (tx) => {
    let screenerMode: "text" | "voice" | undefined;
    if (data.screenerId) {
      const screener = await tx.screener.findFirst({
        where: { id: data.screenerId, projectId: input.projectId },
        select: { id: true, interviewMode: true },
      });
      if (!screener) throw notFound("Screener");
      screenerMode = screener.interviewMode === "voice" ? "voice" : "text";
    }
    const project = await tx.project.findUniqueOrThrow({ where: { id: input.projectId }, select: { interviewLanguages: true } });
    const offered = offeredLanguages(project.interviewLanguages);
    if (data.language && !offered.includes(data.language))
      throw new AppError("validation_failed", "The project does not offer this interview language", {
        fields: { language: [`must be one of the project's interview languages: ${offered.join(", ")}`] },
      });
    const session = await createParticipantSession(tx, {
      projectId: input.projectId,
      screenerId: data.screenerId ?? null,
      participantName: data.participant?.name ?? null,
      participantEmail: data.participant?.email ?? null,
      externalId: data.externalId ?? null,
      // a session opened for a screener is interviewed the way the screener says, unless the caller chose
      mode: data.mode ?? screenerMode ?? "text",
      consentRecording: data.consent.recording,
      consentAnalytics: data.consent.analytics,
      consentFollowUp: data.consent.followUp,
      language: data.language ?? offered[0],
    });
    const key = await tx.projectKey.findFirst({
      where: { projectId: input.projectId, kind: "public", revokedAt: null },
      select: { publicValue: true },
    });
    const interviewUrl = key?.publicValue
      ? new URL(interviewPath({ sessionId: session.id, publicKey: key.publicValue }), env().APP_URL).toString()
      : null;
    return {
      session: {
        id: session.id,
        status: session.status,
        mode: session.mode,
        participantName: session.participantName,
        participantEmail: session.participantEmail,
        externalId: session.externalId,
        screenerId: session.screenerId,
        language: session.language,
        consents: consentsOf(session),
        createdAt: session.createdAt.toISOString(),
      },
      interviewUrl,
    };
  });
}
