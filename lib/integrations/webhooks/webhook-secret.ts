// Endpoint secrets in the Standard Webhooks form (`whsec_` + base64 of 32 random bytes), generated
// here, shown once, and kept sealed with the same AES-GCM key as the GitHub credentials.
import "server-only";
import { randomBytes } from "node:crypto";
import { decryptSecret, encryptSecret } from "@/lib/security/credential-cipher";

export function generateWebhookSecret(): { secret: string; sealed: string } {
  const secret = `whsec_${randomBytes(32).toString("base64")}`;
  return { secret, sealed: encryptSecret(secret) };
}

export const openWebhookSecret = (sealed: string) => decryptSecret(sealed);
