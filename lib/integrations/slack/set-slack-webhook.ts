import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { encryptSecret } from "@/lib/security/credential-cipher";
import { targetPolicy } from "@/lib/integrations/network/target-policy";
import { checkSlackUrl } from "./check-slack-url";

/** Stores the project's Slack incoming-webhook URL sealed (the URL is the credential), or removes it (null). */
export async function setSlackWebhook(input: { projectId: string; actor: AuditActor; url: string | null }) {
  const sealed = input.url === null ? null : encryptSecret((await checkSlackUrl(input.url, targetPolicy())).toString());
  await db.$transaction(async (tx) => {
    await tx.project.update({ where: { id: input.projectId }, data: { slackWebhookCiphertext: sealed } });
    await recordAuditEvent(tx, { projectId: input.projectId, actor: input.actor, action: sealed ? "slack.configured" : "slack.removed" });
  });
  return { configured: sealed !== null };
}
