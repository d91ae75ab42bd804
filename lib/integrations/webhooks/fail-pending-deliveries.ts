import { db } from "@/lib/db";

/** When a delivery run ends in error outside an attempt: its deliveries still pending are failed, not left spinning. */
export async function failPendingDeliveries(input: { messageId: string; projectId: string; reason: string }) {
  await db.webhookDelivery.updateMany({
    where: { messageId: input.messageId, status: "pending", endpoint: { projectId: input.projectId } },
    data: { status: "failed", error: input.reason.slice(0, 500) },
  });
}
