// The Block Kit messages Slack receives: short, a link to the task, no participant data.
export interface SlackTaskFacts {
  title: string;
  priorityLabel: string;
  signalCount: number;
  sessionCount: number;
  taskUrl: string;
  /** a read-only evidence page for people without an account (lib/sharing), when one was made */
  evidenceUrl?: string | null;
}

export type SlackMessageKind =
  { kind: "high_priority"; from: string | null } | { kind: "verified"; verdict: string | null } | { kind: "test" };

/** Slack's mrkdwn treats &, < and > specially; a task title must not become a link or a mention. */
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function composeSlackMessage(kind: SlackMessageKind, task: SlackTaskFacts | null) {
  if (kind.kind === "test" || !task) {
    const text = "UserTests is connected: task alerts for this project will appear here.";
    return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text: `:white_check_mark: ${text}` } }] };
  }
  const title = escape(task.title);
  const headline =
    kind.kind === "high_priority"
      ? `:rotating_light: *${task.priorityLabel === "critical" ? "Critical" : "High"} priority:* ${title}`
      : `:white_check_mark: *Fix verified:* ${title}`;
  const detail =
    kind.kind === "high_priority"
      ? `Priority ${kind.from ? `${kind.from} → ` : ""}${task.priorityLabel}`
      : `Verdict: ${kind.verdict ?? "verified"} · priority ${task.priorityLabel}`;
  const counts = `${task.signalCount} signal${task.signalCount === 1 ? "" : "s"} from ${task.sessionCount} session${task.sessionCount === 1 ? "" : "s"}`;
  return {
    text: kind.kind === "high_priority" ? `High priority: ${task.title}` : `Fix verified: ${task.title}`,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: headline } },
      { type: "context", elements: [{ type: "mrkdwn", text: `${detail} · ${counts}` }] },
      {
        type: "actions",
        elements: [
          { type: "button", text: { type: "plain_text", text: "Open the task" }, url: task.taskUrl, action_id: "open_task" },
          ...(task.evidenceUrl
            ? [
                {
                  type: "button",
                  text: { type: "plain_text", text: "See the evidence" },
                  url: task.evidenceUrl,
                  action_id: "open_evidence",
                },
              ]
            : []),
        ],
      },
    ],
  };
}
