// "Start" on a personal follow-up link: one follow-up session (purpose follow_up) for the
// invitation, with the consents given on the page, then the existing interview room. A second Start
// re-enters the same session while it is not finished; a finished one, an expired link or an
// opt-out is refused with the page's explanation. The invitation row is locked while deciding, so
// two Starts at once still make one session.
import { db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { createParticipantSession } from "@/lib/sessions/create-participant-session";
import { interviewPath } from "@/lib/sessions/interview-path";
import { findFollowUpInvitation, linkState } from "./follow-up-link";
import type { StartFollowUpInput } from "./schemas";

const REFUSED = {
  used: "This follow-up link was already used for an interview. Thank you for taking part!",
  opted_out: "You asked not to receive follow-up mail from this project, so this link no longer works.",
} as const;

export async function startFollowUpSession(input: { token: string; data: StartFollowUpInput; userAgent?: string | null }) {
  return db.$transaction(async (tx) => {
    const invitation = await findFollowUpInvitation(tx, input.token, true);
    const state = await linkState(tx, invitation);
    if (state.kind === "not_found") throw notFound("Follow-up invitation");
    if (state.kind === "expired")
      throw new AppError("gone", `This follow-up link expired. Please contact the research team of ${state.projectName} for a new one.`);
    if (state.kind !== "ok") throw conflict(REFUSED[state.kind]);
    const key = await tx.projectKey.findFirst({
      where: { projectId: state.projectId, kind: "public", revokedAt: null },
      select: { publicValue: true },
    });
    if (!key?.publicValue) throw conflict("This study cannot take interviews right now. Please try again later.");
    let sessionId = state.sessionId;
    const resumed = sessionId !== null;
    if (!sessionId) {
      const session = await createParticipantSession(tx, {
        projectId: state.projectId,
        participantName: invitation!.participantName,
        participantEmail: invitation!.participantEmail,
        consentRecording: input.data.consents.recording,
        consentAnalytics: input.data.consents.analytics,
        // they are here because they agreed to be contacted again
        consentFollowUp: true,
        userAgent: input.userAgent ?? null,
        purpose: "follow_up",
        // the page's language (lib/i18n/page-language.ts), else the one they were interviewed in before
        language: input.data.language ?? state.language ?? null,
      });
      sessionId = session.id;
    }
    const now = new Date();
    await tx.followUpInvitation.update({
      where: { id: state.invitationId },
      data: { sessionId, status: "opened", openedAt: invitation!.openedAt ?? now },
    });
    return { sessionId, resumed, interviewUrl: interviewPath({ sessionId, publicKey: key.publicValue }) };
  });
}
