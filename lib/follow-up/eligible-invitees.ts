// Who may be asked whether the shipped fix works: the participants whose sessions produced evidence
// linked to the task AND who agreed to be contacted again (on the session or its screener
// response), with an address, minus those who opted out of this project's follow-up mail; one entry
// per person (by the normalised address), oldest session first. Derived on every read, so a
// withdrawn consent or a new opt-out is respected at once.
import type { DbClient } from "@/lib/db";
import { normalizeEmail, participantEmailHash } from "@/lib/privacy/participant-email";

export interface FollowUpInvitee {
  email: string;
  name: string | null;
  emailHash: string;
  sessionIds: string[];
}

export async function eligibleInvitees(tx: DbClient, input: { projectId: string; taskId: string }): Promise<FollowUpInvitee[]> {
  const sessions = await tx.session.findMany({
    where: {
      projectId: input.projectId,
      purpose: "discovery",
      signals: { some: { tasks: { some: { taskId: input.taskId } } } },
      OR: [{ consentFollowUp: true }, { response: { consentFollowUp: true } }],
    },
    select: {
      id: true,
      participantEmail: true,
      participantName: true,
      response: { select: { participantEmail: true, participantName: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const byHash = new Map<string, FollowUpInvitee>();
  for (const s of sessions) {
    const raw = s.participantEmail ?? s.response?.participantEmail;
    if (!raw?.trim()) continue; // nobody to write to
    const email = normalizeEmail(raw);
    const emailHash = participantEmailHash(email);
    const entry = byHash.get(emailHash) ?? {
      email,
      name: s.participantName ?? s.response?.participantName ?? null,
      emailHash,
      sessionIds: [],
    };
    entry.sessionIds.push(s.id);
    byHash.set(emailHash, entry);
  }
  if (byHash.size === 0) return [];
  const optedOut = await tx.participantOptOut.findMany({
    where: { projectId: input.projectId, emailHash: { in: [...byHash.keys()] } },
    select: { emailHash: true },
  });
  for (const o of optedOut) byHash.delete(o.emailHash);
  return [...byHash.values()];
}
