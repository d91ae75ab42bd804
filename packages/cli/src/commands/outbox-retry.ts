// usertests outbox retry [ids…] — deliver the project's undelivered events now, backoff or not (POST /api/v1/projects/:id/outbox/retry, admin).
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { EXIT } from "../lib/errors";
import { oneLine } from "../lib/output";
import type { RetryResult } from "./outbox-shared";

export default defineCommand({
  name: "outbox retry",
  summary: "Deliver the project's undelivered events to the job engine now (all, or the ids given)",
  usage: "[<eventId>…] [--project <id>]",
  help: ["Exit 1 while any of them stays undelivered; the error says why (e.g. the Inngest dev server is not running)."],
  async run(ctx, args) {
    const ids = args.positionals;
    const result = await ctx.api.post<RetryResult>(`/api/v1/projects/${seg(ctx.projectId())}/outbox/retry`, ids.length ? { ids } : {});
    if (ctx.json) ctx.out.json(result);
    else {
      ctx.out.line(
        `Delivered ${result.sent.length} ${result.sent.length === 1 ? "event" : "events"} to ${result.target}; ${result.undelivered.length} still undelivered.`,
      );
      for (const e of result.undelivered)
        ctx.out.line(
          `  ${e.id}  ${e.name}${e.sessionId ? ` (session ${e.sessionId})` : ""}: ${e.lastError ? oneLine(e.lastError) : "not attempted"}`,
        );
    }
    return result.undelivered.length ? EXIT.failure : EXIT.ok;
  },
});
