import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Whether the project has a Slack webhook; the URL itself is a secret and is never shown again. */
export async function getSlackSettings(input: { projectId: string }) {
  const project = await db.project.findUnique({ where: { id: input.projectId }, select: { slackWebhookCiphertext: true } });
  if (!project) throw notFound("Project");
  return { configured: project.slackWebhookCiphertext !== null };
}

/** For the notifier: is there anywhere to post? (nothing is prepared for a project without Slack) */
export async function hasSlackWebhook(projectId: string) {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { slackWebhookCiphertext: true } });
  return Boolean(project?.slackWebhookCiphertext);
}
