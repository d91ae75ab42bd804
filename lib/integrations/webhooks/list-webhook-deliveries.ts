import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { deliveryView } from "./endpoint-view";

/** The endpoint's delivery log, newest first. */
export async function listWebhookDeliveries(input: { projectId: string; webhookId: string; limit: number }) {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: input.webhookId, projectId: input.projectId }, select: { id: true } });
  if (!endpoint) throw notFound("Webhook endpoint");
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId: endpoint.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit,
  });
  return rows.map(deliveryView);
}
