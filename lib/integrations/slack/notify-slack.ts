// Which project events reach Slack, and with what: a task that rises to high (or critical) priority,
// and a fix verified by follow-up interviews. Everything else is ignored.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { ProjectEventEmittedData } from "@/lib/integrations/webhooks/project-event";
import { composeSlackMessage, type SlackMessageKind } from "./compose-slack-message";
import { postSlackMessage } from "./post-slack-message";

const RANK: Record<string, number> = { low: 0, medium: 1, high: 2, critical: 3 };

export function slackKindOf(event: Pick<ProjectEventEmittedData, "type" | "data">): SlackMessageKind | null {
  const { data } = event;
  if (event.type === "task.priority_changed") {
    const to = String(data.to ?? "");
    const from = typeof data.from === "string" ? data.from : null;
    if ((RANK[to] ?? 0) >= RANK.high && (from === null || (RANK[from] ?? 0) < RANK.high)) return { kind: "high_priority", from };
    return null;
  }
  if (event.type === "task.verified") return { kind: "verified", verdict: typeof data.verdict === "string" ? data.verdict : null };
  return null;
}

export async function notifySlack(
  event: ProjectEventEmittedData,
  options: { evidenceUrl?: string | null } = {},
): Promise<{ sent: boolean; reason?: string }> {
  const kind = slackKindOf(event);
  if (!kind) return { sent: false, reason: "not a Slack event" };
  const task = await db.task.findFirst({
    where: { id: String(event.data.taskId ?? ""), projectId: event.projectId },
    select: { id: true, projectId: true, title: true, priorityLabel: true, signalCount: true, sessionCount: true },
  });
  if (!task) return { sent: false, reason: "the task no longer exists" };
  const taskUrl = new URL(`/projects/${task.projectId}/tasks/${task.id}`, env().APP_URL).toString();
  const sent = await postSlackMessage(event.projectId, composeSlackMessage(kind, { ...task, taskUrl, evidenceUrl: options.evidenceUrl }));
  return sent ? { sent } : { sent, reason: "no Slack webhook is set" };
}
