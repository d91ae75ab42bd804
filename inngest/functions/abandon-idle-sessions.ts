// Every 5 minutes: sessions left `active` with no activity for SESSION_IDLE_MINUTES are ended as
// `abandoned` (lib/sessions/abandon-idle-sessions.ts), which queues their processing like any end.
import { inngest } from "@/inngest/client";
import { stepFailurePolicy } from "@/inngest/step-policy";
import { abandonIdleSessions } from "@/lib/sessions/abandon-idle-sessions";

// nothing to record on failure: the next tick sweeps again
const policy = stepFailurePolicy({ retries: 2 });

export const abandonIdleSessionsFunction = inngest.createFunction(
  {
    id: "abandon-idle-sessions",
    name: "End sessions left idle as abandoned",
    triggers: [{ cron: "*/5 * * * *" }],
    // one sweep at a time; a slow sweep must not overlap the next tick
    concurrency: { limit: 1 },
    retries: policy.retries,
  },
  async ({ step, runId, attempt }) =>
    step.run(
      "abandon-idle-sessions",
      policy.guard({ data: {}, runId, attempt })(() => abandonIdleSessions()),
    ),
);
