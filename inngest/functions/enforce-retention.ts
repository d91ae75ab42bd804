// Daily (RETENTION_CRON): each project's retention policy is applied (lib/retention/enforce-retention.ts).
// One step per project, so a project that fails is retried alone and the others' work is kept;
// steps return ids and counts only.
import { inngest } from "@/inngest/client";
import { stepFailurePolicy } from "@/inngest/step-policy";
import { enforceRetention } from "@/lib/retention/enforce-retention";
import { listProjectsForRetention } from "@/lib/retention/list-projects-for-retention";
import { RETENTION_CRON } from "@/lib/retention/retention-schedule";

// nothing to record on failure: the sweep is idempotent and the next day's run resumes it
const policy = stepFailurePolicy({ retries: 3 });

export const enforceRetentionFunction = inngest.createFunction(
  {
    id: "enforce-retention",
    name: "Apply each project's retention policy",
    triggers: [{ cron: RETENTION_CRON }],
    // one run at a time: a slow run must not overlap the next
    concurrency: { limit: 1 },
    retries: policy.retries,
  },
  async ({ step, runId, attempt }) => {
    const guard = policy.guard({ data: {}, runId, attempt });
    const projectIds = await step.run(
      "list-projects",
      guard(() => listProjectsForRetention()),
    );
    const results = [];
    for (const projectId of projectIds) {
      const r = await step.run(
        `enforce-${projectId}`,
        guard(() => enforceRetention({ projectId })),
      );
      results.push(r);
    }
    return {
      projects: results.length,
      sessionsDeleted: results.reduce((n, r) => n + r.sessionsDeleted, 0),
      mediaFilesRemoved: results.reduce((n, r) => n + r.mediaFilesRemoved, 0),
      eventsDeleted: results.reduce((n, r) => n + r.eventsDeleted, 0),
    };
  },
);
