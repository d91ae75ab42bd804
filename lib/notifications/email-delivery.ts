// Whether the mail about each record went out: the latest email.* audit row per record
// (record-email-outcome.ts), "queued" while none exists. No column of its own: the audit row is
// written by the job that sent it, so the status cannot claim more than happened.
import { db } from "@/lib/db";

export type EmailDelivery = { status: "queued" | "sent" | "failed" | "skipped"; at: Date | null; reason: string | null };

export async function emailDeliveries(input: { projectId: string; targetType: string; targetIds: string[] }) {
  const rows = input.targetIds.length
    ? await db.auditEvent.findMany({
        where: {
          projectId: input.projectId,
          targetType: input.targetType,
          targetId: { in: input.targetIds },
          action: { in: ["email.sent", "email.failed", "email.skipped"] },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      })
    : [];
  const byTarget = new Map<string, EmailDelivery>();
  for (const r of rows) {
    const details = (r.details ?? {}) as { reason?: unknown };
    byTarget.set(r.targetId!, {
      status: r.action.slice("email.".length) as EmailDelivery["status"],
      at: r.createdAt,
      reason: typeof details.reason === "string" ? details.reason : null,
    });
  }
  return (id: string): EmailDelivery => byTarget.get(id) ?? { status: "queued", at: null, reason: null };
}
