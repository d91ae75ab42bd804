// usertests health — status of each component and why it is degraded (GET /api/health, public); exit 1 when degraded.
import { positionals } from "../lib/args";
import { defineCommand } from "../lib/command";
import { EXIT } from "../lib/errors";

interface Health {
  status: string;
  /** why the status is "degraded": a component down, processing paused, Inngest not configured */
  reasons?: string[];
  configured?: Record<string, unknown>;
  components: Record<string, { status: string; latencyMs?: number; error?: string; [detail: string]: unknown }>;
}

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
      ctx.out.line(`${ctx.baseUrl}: ${health.status.toUpperCase()}${res.status === 503 ? " (a component is down)" : ""}`);
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
        ctx.out.line(
          `Configured: ${Object.entries(health.configured)
            .map(([k, v]) => `${k} ${v === true ? "yes" : v === false ? "NO" : v}`)
            .join(", ")}`,
        );
      }
      // the server decides what "stuck" means (OUTBOX_STALE_AFTER_SECONDS) and says why
      if (health.reasons?.length) {
        ctx.out.heading(res.status === 503 ? "Why it is down:" : "Why it is degraded:");
        for (const reason of health.reasons) ctx.out.line(`  - ${reason}`);
      }
    }
    return res.status === 200 && health.status === "ok" ? EXIT.ok : EXIT.failure;
  },
});
