// usertests session get <sessionId> [--watch] — a session with transcript, signals and processing history (GET …/sessions/:id).
import { bool, num, positionals } from "../lib/args";
import { defineCommand } from "../lib/command";
import type { Context } from "../lib/context";
import { EXIT } from "../lib/errors";
import { formatDate, oneLine } from "../lib/output";
import type { SessionDetail } from "../lib/types";
import { explicitProject, fetchSession, printSession, watchSession } from "./session-shared";

/** Set by the API while the session's completed / reprocess event is still in the outbox. */
interface JobEngineWait {
  eventId: string;
  eventName: string;
  since: string;
  attempts: number;
  lastError: string | null;
  target: { url: string };
  remedy: string;
}

/** Processing has not started because the job engine has not accepted the session's event: say so, not a bare "pending". */
function printJobEngineWait(ctx: Context, session: SessionDetail & { waitingForJobEngine?: JobEngineWait | null }) {
  const wait = session.waitingForJobEngine;
  if (!wait) return;
  ctx.out.heading(`Waiting for the job engine since ${formatDate(wait.since)}`);
  ctx.out.fields(
    [
      ["Event", `${wait.eventName} ${wait.eventId} → ${wait.target.url} (${wait.attempts} attempts)`],
      ["Last error", wait.lastError ? oneLine(wait.lastError) : "none yet"],
      ["What to do", wait.remedy],
    ],
    { indent: "  " },
  );
}

export default defineCommand({
  name: "session get",
  summary: "Show a session: messages, events, signals, processing runs and activity",
  usage: "<sessionId> [--project <id>] [--watch [--timeout <s>] [--interval <s>]] [--full]",
  help: [
    "--watch            poll until processing is processed or failed (exit 1 when failed or on timeout)",
    "--timeout <s>      give up after this many seconds (default 300)",
    "--interval <s>     seconds between polls (default 2)",
    "--full             do not shorten long messages and quotes",
    "--project <id>     optional: the session id identifies its project",
    "Processing history: runs with their steps and failure reasons, and the activity",
    "(ended, processing_started, processing_failed with its reason, processed, reprocess_requested).",
  ],
  options: { watch: { type: "boolean", short: "w" }, timeout: { type: "string" }, interval: { type: "string" }, full: { type: "boolean" } },
  async run(ctx, args) {
    const [sessionId] = positionals(args, ["sessionId"]);
    // the id identifies the session's project: --project (or USERTESTS_PROJECT) is only needed to insist on one
    const projectId = explicitProject(ctx);
    const timeout = num(args.values, "timeout", { min: 1, max: 86_400 }) ?? 300;
    const interval = num(args.values, "interval", { min: 0.1, max: 600 }) ?? 2;
    const session = bool(args.values, "watch")
      ? await watchSession(ctx, projectId, sessionId, { timeoutMs: timeout * 1000, intervalMs: interval * 1000 })
      : await fetchSession(ctx, projectId, sessionId);
    if (ctx.json) ctx.out.json({ session });
    else {
      printSession(ctx, session, { full: bool(args.values, "full") });
      printJobEngineWait(ctx, session);
    }
    return bool(args.values, "watch") && session.processingStatus === "failed" ? EXIT.failure : EXIT.ok;
  },
});
