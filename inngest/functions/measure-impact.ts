// After a merge, waits the configured window (durably: step.sleep survives deploys and restarts) and
// measures whether the task's problem went away. "Measure now" on the task page does the same at once.
import { inngest } from "@/inngest/client";
import { implementationMerged } from "@/inngest/events";
import { stepFailurePolicy } from "@/inngest/step-policy";
import { env } from "@/lib/env";
import { measureImpact } from "@/lib/impact/measure-impact";

// nothing to record on failure: the task page offers "Measure now"; a task without a merge is final
const policy = stepFailurePolicy({ retries: 3 });

export const measureImpactFunction = inngest.createFunction(
  {
    id: "measure-implementation-impact",
    name: "Measure the impact of a merged change",
    triggers: [implementationMerged],
    retries: policy.retries,
    // a redelivered merge event must not schedule a second measurement
    idempotency: "event.data.implementationId",
  },
  async ({ event, step, runId, attempt }) => {
    const { projectId, taskId, implementationId } = event.data;
    const guarded = policy.guard({ data: event.data, runId, attempt });
    await step.sleep("wait-for-window", `${env().IMPACT_WINDOW_DAYS}d`);
    const measurement = await step.run(
      "measure",
      guarded(async () => {
        const m = await measureImpact({ projectId, taskId, implementationId });
        return { id: m.id, verdict: m.verdict, changePercent: m.changePercent };
      }),
    );
    return { implementationId, ...measurement };
  },
);
