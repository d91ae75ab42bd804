import type { PublicKeyCaller } from "@/lib/access/public-key";
import { db } from "@/lib/db";
import { createParticipantSession } from "@/lib/sessions/create-participant-session";

/**
 * A session for a recording made with the SDK on the customer's own site (mode "async"). The
 * consents given on that site are stored with it; recording needs the recording consent, behaviour
 * events the analytics consent.
 */
export async function createSdkSession(input: {
  caller: PublicKeyCaller;
  consent: { recording: boolean; analytics: boolean };
  externalId?: string;
  participant?: { name?: string; email?: string };
  /** primary language subtag from the browser, a hint for transcription */
  language?: string;
  userAgent?: string | null;
}) {
  return db.$transaction(async (tx) => {
    const session = await createParticipantSession(tx, {
      projectId: input.caller.projectId,
      mode: "async",
      externalId: input.externalId ?? null,
      participantName: input.participant?.name ?? null,
      participantEmail: input.participant?.email ?? null,
      consentRecording: input.consent.recording,
      consentAnalytics: input.consent.analytics,
      consentFollowUp: false,
      userAgent: input.userAgent ?? null,
    });
    return input.language ? tx.session.update({ where: { id: session.id }, data: { language: input.language } }) : session;
  });
}
