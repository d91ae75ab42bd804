import { db } from "@/lib/db";
import { emailDeliveries } from "@/lib/notifications/email-delivery";
import { invitationView } from "./invitation-view";

/** Invitations with whether their mail went out (the latest email.* audit row of each). */
export async function listInvitations(input: { projectId: string }) {
  const rows = await db.invitation.findMany({ where: { projectId: input.projectId }, orderBy: { createdAt: "desc" } });
  const delivery = await emailDeliveries({ projectId: input.projectId, targetType: "invitation", targetIds: rows.map((r) => r.id) });
  return rows.map((r) => ({ ...invitationView(r), emailDelivery: delivery(r.id) }));
}
