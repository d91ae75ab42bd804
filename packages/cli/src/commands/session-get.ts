// usertests session get <sessionId> [--watch] — a session with transcript, signals and processing history (GET …/sessions/:id).
import { bool, num, positionals } from "../lib/args";
import { defineCommand } from "../lib/command";
import { EXIT } from "../lib/errors";
import { fetchSession, printSession, watchSession } from "./session-shared";

export default defineCommand({
  name: "session get",
  summary: "Show a session: messages, events, signals, processing runs and activity",
  usage: "<sessionId> [--project <id>] [--watch [--timeout <s>] [--interval <s>]] [--full]",
  help: [
    "--watch            poll until processing is processed or failed (exit 1 when failed or on timeout)",
    "--timeout <s>      give up after this many seconds (default 300)",
    "--interval <s>     seconds between polls (default 2)",
    "--full             do not shorten long messages and quotes",
    "Processing history: runs with their steps and failure reasons, and the activity",
    "(ended, processing_started, processing_failed with its reason, processed, reprocess_requested).",
  ],
  options: { watch: { type: "boolean", short: "w" }, timeout: { type: "string" }, interval: { type: "string" }, full: { type: "boolean" } },
  async run(ctx, args) {
    const [sessionId] = positionals(args, ["sessionId"]);
    const projectId = ctx.projectId();
    const timeout = num(args.values, "timeout", { min: 1, max: 86_400 }) ?? 300;
    const interval = num(args.values, "interval", { min: 0.1, max: 600 }) ?? 2;
    const session = bool(args.values, "watch")
      ? await watchSession(ctx, projectId, sessionId, { timeoutMs: timeout * 1000, intervalMs: interval * 1000 })
      : await fetchSession(ctx, projectId, sessionId);
    if (ctx.json) ctx.out.json({ session });
    else printSession(ctx, session, { full: bool(args.values, "full") });
    return bool(args.values, "watch") && session.processingStatus === "failed" ? EXIT.failure : EXIT.ok;
  },
});
