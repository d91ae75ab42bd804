// One attempt at one delivery: sign the stored payload (Standard Webhooks, a fresh timestamp per
// attempt, the same webhook-id on every retry), POST it through the SSRF guard, and record the outcome
// on the row. 2xx succeeds; anything else stays pending for the next retry, or fails on the last one.
import { db } from "@/lib/db";
import { guardedPost, type PostOutcome, TargetUnreachableError } from "@/lib/integrations/network/guarded-post";
import { targetPolicy } from "@/lib/integrations/network/target-policy";
import { signWebhook } from "./sign-webhook";
import { openWebhookSecret } from "./webhook-secret";

export type AttemptResult =
  { outcome: "succeeded" | "failed"; status: number | null } | { outcome: "retry"; error: string } | { outcome: "skipped"; reason: string };

export async function attemptWebhookDelivery(input: { deliveryId: string; final: boolean; timeoutMs?: number }): Promise<AttemptResult> {
  const delivery = await db.webhookDelivery.findUnique({ where: { id: input.deliveryId }, include: { endpoint: true } });
  if (!delivery) return { outcome: "skipped", reason: "the endpoint was deleted" };
  if (delivery.status !== "pending") return { outcome: delivery.status, status: delivery.responseStatus };

  const body = JSON.stringify(delivery.payload);
  let response: PostOutcome | null = null;
  let error: string | null = null;
  let latencyMs: number | null = null;
  try {
    const headers = signWebhook(openWebhookSecret(delivery.endpoint.secretCiphertext), delivery.messageId, new Date(), body);
    response = await guardedPost(new URL(delivery.endpoint.url), body, headers, targetPolicy(), input.timeoutMs);
    latencyMs = response.latencyMs;
    if (response.status < 200 || response.status > 299) error = `the endpoint answered HTTP ${response.status}`;
  } catch (e) {
    if (e instanceof TargetUnreachableError) latencyMs = e.latencyMs;
    error = (e instanceof Error ? e.message : String(e)).slice(0, 500);
  }

  const ok = error === null;
  const status = ok ? "succeeded" : input.final ? "failed" : "pending";
  await db.webhookDelivery.update({
    where: { id: delivery.id },
    data: {
      attempts: { increment: 1 },
      status,
      responseStatus: response?.status ?? null,
      latencyMs,
      responseExcerpt: response?.excerpt ?? null,
      error,
      ...(ok && { deliveredAt: new Date() }),
    },
  });
  return status === "pending" ? { outcome: "retry", error: error ?? "" } : { outcome: status, status: response?.status ?? null };
}
