import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Forgets the project's credentials and webhook secret; implementations and their PR links stay. */
export async function disconnectGithub(input: { projectId: string; actor: AuditActor }) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.githubConnection.deleteMany({ where: { projectId: input.projectId } });
    if (count === 0) throw notFound("GitHub connection");
    await recordAuditEvent(tx, { projectId: input.projectId, actor: input.actor, action: "github.disconnected" });
  });
}
