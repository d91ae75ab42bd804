import { db } from "@/lib/db";
import { invitationView } from "./invitation-view";

export async function listInvitations(input: { projectId: string }) {
  const rows = await db.invitation.findMany({ where: { projectId: input.projectId }, orderBy: { createdAt: "desc" } });
  return rows.map(invitationView);
}
