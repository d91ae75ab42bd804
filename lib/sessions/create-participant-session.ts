import type { SessionMode, SessionPurpose } from "@/generated/prisma/client";
import type { DbClient } from "@/lib/db";

export interface ParticipantSessionInput {
  projectId: string;
  screenerId?: string | null;
  participantName?: string | null;
  participantEmail?: string | null;
  externalId?: string | null;
  mode?: SessionMode;
  consentRecording: boolean;
  consentAnalytics: boolean;
  consentFollowUp: boolean;
  userAgent?: string | null;
  /** follow_up: a follow-up interview opened from a personal invitation link (lib/follow-up) */
  purpose?: SessionPurpose;
  language?: string | null;
}

/** Creates a pending participant session (from a qualified screener response or the SDK). */
export async function createParticipantSession(tx: DbClient, input: ParticipantSessionInput) {
  const session = await tx.session.create({
    data: {
      projectId: input.projectId,
      screenerId: input.screenerId ?? null,
      participantName: input.participantName ?? null,
      participantEmail: input.participantEmail?.toLowerCase() ?? null,
      externalId: input.externalId ?? null,
      mode: input.mode ?? "text",
      consentRecording: input.consentRecording,
      consentAnalytics: input.consentAnalytics,
      consentFollowUp: input.consentFollowUp,
      userAgent: input.userAgent?.slice(0, 500) ?? null,
      purpose: input.purpose ?? "discovery",
      language: input.language ?? null,
    },
  });
  await tx.sessionActivity.create({ data: { sessionId: session.id, kind: "created", data: { screenerId: input.screenerId ?? null } } });
  return session;
}
