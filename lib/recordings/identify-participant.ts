import type { PublicKeyCaller } from "@/lib/access/public-key";
import { db } from "@/lib/db";
import { getParticipantSessionOrThrow } from "@/lib/sessions/get-participant-session";

/** Attaches the site's own user id (and optional name/email) to the session: UserTests.identify(). */
export async function identifyParticipant(input: {
  caller: PublicKeyCaller;
  sessionId: string;
  externalId: string;
  name?: string;
  email?: string;
}) {
  await getParticipantSessionOrThrow({ caller: input.caller, sessionId: input.sessionId });
  const session = await db.session.update({
    where: { id: input.sessionId },
    data: {
      externalId: input.externalId,
      ...(input.name ? { participantName: input.name } : {}),
      ...(input.email ? { participantEmail: input.email.toLowerCase() } : {}),
    },
  });
  return { sessionId: session.id, externalId: session.externalId };
}
