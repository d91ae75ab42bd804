// Writes a task's implementation spec (evidence + repository context + Claude) on request from the
// task page or the API. Retried on transient failures; a final failure shows on the task.
import { inngest } from "@/inngest/client";
import { implementationSpecRequested } from "@/inngest/events";
import { generateSpec } from "@/lib/implementations/generate-spec";
import { implementationStepPolicy } from "./implementation-policy";

const policy = implementationStepPolicy(2);

export const generateSpecFunction = inngest.createFunction(
  {
    id: "generate-implementation-spec",
    name: "Write an implementation spec",
    triggers: [implementationSpecRequested],
    retries: policy.retries,
    onFailure: policy.onFailure,
    concurrency: [{ key: "event.data.implementationId", limit: 1 }],
  },
  async ({ event, step, runId, attempt }) => {
    const { implementationId } = event.data;
    const guarded = policy.guard({ data: { implementationId }, runId, attempt });
    // the spec is stored on the implementation; the step returns its size and file count
    const result = await step.run(
      "write-spec",
      guarded(() => generateSpec({ implementationId })),
    );
    return { implementationId, ...result };
  },
);
