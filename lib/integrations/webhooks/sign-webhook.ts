// Standard Webhooks signing (https://www.standardwebhooks.com): `webhook-signature` is
// `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed by the base64-decoded secret. The reference
// library does the signing, so receivers using any Standard Webhooks library verify our payloads.
import { Webhook } from "standardwebhooks";

export function signWebhook(secret: string, messageId: string, at: Date, body: string): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": new Webhook(secret).sign(messageId, new Date(timestamp * 1000), body),
  };
}
