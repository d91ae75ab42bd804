// usertests outbox list — the project's undelivered outbox events and the job engine's state (GET /api/v1/projects/:id/outbox, admin).
import { positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { formatDate, oneLine } from "../lib/output";
import type { EngineStatus, OutboxEventRow } from "./outbox-shared";

export default defineCommand({
  name: "outbox list",
  summary: "List the project's events that have not reached the job engine (Inngest) yet",
  usage: "[--project <id>]",
  help: [
    "An ended session is processed once its session/completed event is delivered to Inngest. Events",
    "that wait here mean the job engine is not accepting them: see lastError, then `usertests outbox retry`.",
  ],
  async run(ctx, args) {
    positionals(args, []);
    const data = await ctx.api.get<{ engine: EngineStatus; events: OutboxEventRow[] }>(`/api/v1/projects/${seg(ctx.projectId())}/outbox`);
    if (ctx.json) return ctx.out.json(data);
    const { engine, events } = data;
    ctx.out.fields([
      ["Job engine", `${engine.target.url} (${engine.target.mode}${engine.target.configured ? "" : ", NOT configured"})`],
      ["Undelivered", `${engine.undelivered} events; ${engine.sessionsWaiting} sessions waiting`],
      [
        "State",
        engine.stalled ? `PAUSED: the oldest event has waited ${engine.oldest?.ageSeconds}s (over ${engine.staleAfterSeconds}s)` : "ok",
      ],
    ]);
    ctx.out.heading("Undelivered events");
    ctx.out.table(
      events,
      [
        { header: "id", get: (e) => e.id },
        { header: "event", get: (e) => e.name },
        { header: "session", get: (e) => e.sessionId },
        { header: "attempts", get: (e) => e.attempts, align: "right" },
        { header: "created", get: (e) => formatDate(e.createdAt) },
        { header: "next try", get: (e) => formatDate(e.availableAt) },
        { header: "last error", get: (e) => (e.lastError ? oneLine(e.lastError) : null), max: 80 },
      ],
      { empty: "None: every event has been delivered." },
    );
    if (events.length) ctx.out.info(`Deliver them now with: usertests outbox retry --project ${ctx.projectId()}`);
  },
});
