// Turns a task into a GitHub pull request: writes the spec first when there is none, then pushes
// (branch, spec commit, PR, labels). Each step is idempotent, so Inngest's retries and a second
// click reuse what exists. A dry run stops after recording what would be pushed.
import { inngest } from "@/inngest/client";
import { implementationPushRequested } from "@/inngest/events";
import { generateSpec } from "@/lib/implementations/generate-spec";
import { implementationHasSpec } from "@/lib/implementations/has-spec";
import { pushImplementation } from "@/lib/implementations/push-implementation";
import { implementationStepPolicy } from "./implementation-policy";

const policy = implementationStepPolicy(3);

export const pushImplementationFunction = inngest.createFunction(
  {
    id: "push-implementation",
    name: "Open a pull request for a task",
    triggers: [implementationPushRequested],
    retries: policy.retries,
    onFailure: policy.onFailure,
    concurrency: [{ key: "event.data.implementationId", limit: 1 }],
  },
  async ({ event, step, runId, attempt }) => {
    const { implementationId } = event.data;
    const guarded = policy.guard({ data: { implementationId }, runId, attempt });
    const hasSpec = await step.run(
      "check-spec",
      guarded(() => implementationHasSpec({ implementationId })),
    );
    // the spec travels through the implementation row, never through step state
    if (!hasSpec)
      await step.run(
        "write-spec",
        guarded(() => generateSpec({ implementationId })),
      );
    const pushed = await step.run(
      "push",
      guarded(() => pushImplementation({ implementationId })),
    );
    return { implementationId, ...pushed };
  },
);
