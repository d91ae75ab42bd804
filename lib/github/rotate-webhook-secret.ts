import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { encryptSecret } from "./credential-cipher";

/** A new webhook secret, returned once; deliveries signed with the old one are refused from now on. */
export async function rotateWebhookSecret(input: { projectId: string }) {
  const secret = randomBytes(32).toString("hex");
  const { count } = await db.githubConnection.updateMany({
    where: { projectId: input.projectId },
    data: { webhookSecret: encryptSecret(secret) },
  });
  if (count === 0) throw notFound("GitHub connection");
  return { webhookSecret: secret };
}
