// Writes a task's implementation spec (evidence + repository context + Claude) on request from the
// task page or the API. Retried on transient failures; a final failure shows on the task.
import { inngest } from "@/inngest/client";
import { implementationSpecRequested } from "@/inngest/events";
import { generateSpec } from "@/lib/implementations/generate-spec";
import { recordingFailure } from "@/lib/implementations/run-failure";

export const generateSpecFunction = inngest.createFunction(
  {
    id: "generate-implementation-spec",
    name: "Write an implementation spec",
    triggers: [implementationSpecRequested],
    retries: 2,
    concurrency: [{ key: "event.data.implementationId", limit: 1 }],
  },
  async ({ event, step, attempt, maxAttempts }) => {
    const { implementationId } = event.data;
    const lastAttempt = attempt >= (maxAttempts ?? 3) - 1;
    const result = await step.run("write-spec", recordingFailure(implementationId, lastAttempt, () => generateSpec({ implementationId })));
    return { implementationId, ...result };
  },
);
