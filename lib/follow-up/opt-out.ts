// The opt-out link in every participant mail (lib/privacy/opt-out-link.ts): the page shows whose
// mail it stops and asks to confirm (a link preview or a mail scanner following the link must not
// opt anyone out); the confirmation records the opt-out by the address's hash, and every invitation
// of the project to that address not yet sent becomes opted_out. From then on no follow-up mail
// goes to that address in that project (selection, sending and composing all check it).
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { verifyOptOutToken } from "@/lib/privacy/opt-out-link";

export async function describeOptOut(input: { token: string }) {
  const target = verifyOptOutToken(input.token);
  if (!target) return null;
  const project = await db.project.findUnique({ where: { id: target.projectId }, select: { name: true } });
  if (!project) return null;
  const existing = await db.participantOptOut.findUnique({ where: { projectId_emailHash: target } });
  return { projectName: project.name, optedOut: existing !== null };
}

export async function optOutParticipant(input: { token: string }) {
  const target = verifyOptOutToken(input.token);
  if (!target) throw notFound("Opt-out link");
  return db.$transaction(async (tx) => {
    const project = await tx.project.findUnique({ where: { id: target.projectId }, select: { name: true } });
    if (!project) throw notFound("Opt-out link");
    const created = await tx.participantOptOut.createMany({ data: [target], skipDuplicates: true });
    const { count } = await tx.followUpInvitation.updateMany({
      where: { projectId: target.projectId, emailHash: target.emailHash, status: "pending" },
      data: { status: "opted_out" },
    });
    if (created.count > 0)
      await recordAuditEvent(tx, {
        projectId: target.projectId,
        actor: { kind: "system" },
        action: "follow_up.opted_out",
        details: { pendingInvitationsStopped: count },
      });
    return { projectName: project.name, optedOut: true };
  });
}
