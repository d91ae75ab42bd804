// usertests session reprocess <sessionId> [--watch] — clear derived data and queue processing again (POST …/sessions/:id/reprocess).
import { bool, num, positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { EXIT } from "../lib/errors";
import { printSession, watchSession } from "./session-shared";

interface ReprocessResult {
  sessionId: string;
  processingStatus: string;
  outboxEventId: string;
  [cleared: string]: unknown;
}

export default defineCommand({
  name: "session reprocess",
  summary: "Reprocess a completed session (clears its signals and task links, then queues it)",
  usage: "<sessionId> [--project <id>] [--watch [--timeout <s>] [--interval <s>]]",
  help: [
    "Clears the session's signals, their task links and summary (task scores are recomputed), sets",
    "processing back to pending and queues session/reprocess.requested through the outbox. Running it",
    "twice never duplicates signals or tasks. A session being processed right now is refused (409).",
    "--watch   then poll until processed or failed (see `session get --watch`)",
  ],
  options: { watch: { type: "boolean", short: "w" }, timeout: { type: "string" }, interval: { type: "string" } },
  async run(ctx, args) {
    const [sessionId] = positionals(args, ["sessionId"]);
    const projectId = ctx.projectId();
    const timeout = num(args.values, "timeout", { min: 1, max: 86_400 }) ?? 300;
    const interval = num(args.values, "interval", { min: 0.1, max: 600 }) ?? 2;
    const result = await ctx.api.post<ReprocessResult>(`/api/v1/projects/${seg(projectId)}/sessions/${seg(sessionId)}/reprocess`);
    if (!bool(args.values, "watch")) {
      if (ctx.json) return ctx.out.json(result);
      const cleared = Object.entries(result)
        .filter(([k, v]) => !["sessionId", "processingStatus", "outboxEventId"].includes(k) && typeof v === "number")
        .map(([k, v]) => `${k} ${v}`);
      ctx.out.line(`Queued session ${result.sessionId} for processing (outbox event ${result.outboxEventId}).`);
      if (cleared.length) ctx.out.line(`Cleared: ${cleared.join(", ")}.`);
      ctx.out.line(`Follow it with: usertests session get ${sessionId} --project ${projectId} --watch`);
      return;
    }
    ctx.out.info(`Queued (outbox event ${result.outboxEventId}); waiting for processing…`);
    const session = await watchSession(ctx, projectId, sessionId, { timeoutMs: timeout * 1000, intervalMs: interval * 1000 });
    if (ctx.json) ctx.out.json({ reprocess: result, session });
    else printSession(ctx, session);
    return session.processingStatus === "failed" ? EXIT.failure : EXIT.ok;
  },
});
