import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/security/credential-cipher";
import { guardedPost } from "@/lib/integrations/network/guarded-post";
import { targetPolicy } from "@/lib/integrations/network/target-policy";

export class SlackDeliveryError extends Error {
  name = "SlackDeliveryError";
}

/** Posts one message to the project's Slack webhook; false when none is set. Throws on a non-2xx answer (retried by the caller). */
export async function postSlackMessage(projectId: string, message: object, timeoutMs?: number): Promise<boolean> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { slackWebhookCiphertext: true } });
  if (!project?.slackWebhookCiphertext) return false;
  const url = new URL(decryptSecret(project.slackWebhookCiphertext));
  const res = await guardedPost(url, JSON.stringify(message), {}, targetPolicy(), timeoutMs);
  if (res.status < 200 || res.status > 299) throw new SlackDeliveryError(`Slack answered HTTP ${res.status}: ${res.excerpt.slice(0, 200)}`);
  return true;
}
