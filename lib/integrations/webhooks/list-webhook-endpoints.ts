import { db } from "@/lib/db";
import { endpointView } from "./endpoint-view";

export async function listWebhookEndpoints(input: { projectId: string }) {
  const rows = await db.webhookEndpoint.findMany({ where: { projectId: input.projectId }, orderBy: { createdAt: "asc" } });
  return rows.map(endpointView);
}
