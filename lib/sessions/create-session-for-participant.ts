import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
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
    if (data.screenerId) {
      const screener = await tx.screener.findFirst({ where: { id: data.screenerId, projectId: input.projectId }, select: { id: true } });
      if (!screener) throw notFound("Screener");
    }
    const session = await createParticipantSession(tx, {
      projectId: input.projectId,
      screenerId: data.screenerId ?? null,
      participantName: data.participant?.name ?? null,
      participantEmail: data.participant?.email ?? null,
      externalId: data.externalId ?? null,
      mode: data.mode,
      consentRecording: data.consent.recording,
      consentAnalytics: data.consent.analytics,
      consentFollowUp: data.consent.followUp,
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
        consents: consentsOf(session),
        createdAt: session.createdAt.toISOString(),
      },
      interviewUrl,
    };
  });
}
