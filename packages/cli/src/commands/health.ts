// usertests health — status of each component (GET /api/health, public); exit 1 when degraded.
import { positionals } from "../lib/args";
import { defineCommand } from "../lib/command";
import { EXIT } from "../lib/errors";

interface Health {
  status: string;
  configured?: Record<string, unknown>;
  components: Record<string, { status: string; latencyMs?: number; error?: string; [detail: string]: unknown }>;
}

/** An undelivered outbox event older than this means delivery to Inngest is stuck (the sweeper runs every 10 s). */
const OUTBOX_STALE_SECONDS = 300;

export default defineCommand({
  name: "health",
  summary: "Check the server's components (database, outbox…); exit 1 when one is down",
  usage: "",
  auth: "none",
  async run(ctx, args) {
    positionals(args, []);
    const res = await ctx.api.request<Health>("GET", "/api/health", { auth: false, throwOnError: false });
    const health = res.data;
    if (!health || typeof health !== "object" || !("components" in health)) {
      ctx.out.info(`error: ${ctx.baseUrl}/api/health answered HTTP ${res.status} without a health report`);
      return EXIT.failure;
    }
    if (ctx.json) ctx.out.json(health);
    else {
      ctx.out.line(`${ctx.baseUrl}: ${health.status.toUpperCase()}`);
      ctx.out.table(Object.entries(health.components), [
        { header: "component", get: ([name]) => name },
        { header: "status", get: ([, c]) => c.status },
        {
          header: "details",
          get: ([, c]) =>
            Object.entries(c)
              .filter(([k]) => k !== "status")
              .map(([k, v]) => `${k}=${typeof v === "object" ? JSON.stringify(v) : v}`)
              .join(" "),
          max: 100,
        },
      ]);
      if (health.configured) {
        ctx.out.line(`Configured: ${Object.entries(health.configured).map(([k, v]) => `${k} ${v === true ? "yes" : v === false ? "NO" : v}`).join(", ")}`);
      }
      const outbox = health.components.outbox;
      if (outbox && typeof outbox.oldestAgeSeconds === "number" && outbox.oldestAgeSeconds > OUTBOX_STALE_SECONDS) {
        ctx.out.warn(`the oldest undelivered outbox event is ${outbox.oldestAgeSeconds}s old: is Inngest reachable? (docs/runbook.md, "Outbox backlog")`);
      }
    }
    return res.status === 200 && health.status === "ok" ? EXIT.ok : EXIT.failure;
  },
});
