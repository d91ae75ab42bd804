// Turns a task into a GitHub pull request: writes the spec first when there is none, then pushes
// (branch, spec commit, PR, labels). Each step is idempotent, so Inngest's retries and a second
// click reuse what exists. A dry run stops after recording what would be pushed.
import { inngest } from "@/inngest/client";
import { implementationPushRequested } from "@/inngest/events";
import { db } from "@/lib/db";
import { generateSpec } from "@/lib/implementations/generate-spec";
import { pushImplementation } from "@/lib/implementations/push-implementation";
import { recordingFailure } from "@/lib/implementations/run-failure";

export const pushImplementationFunction = inngest.createFunction(
  {
    id: "push-implementation",
    name: "Open a pull request for a task",
    triggers: [implementationPushRequested],
    retries: 3,
    concurrency: [{ key: "event.data.implementationId", limit: 1 }],
  },
  async ({ event, step, attempt, maxAttempts }) => {
    const { implementationId } = event.data;
    const lastAttempt = attempt >= (maxAttempts ?? 4) - 1;
    const hasSpec = await step.run("check-spec", async () => {
      const row = await db.implementation.findUnique({ where: { id: implementationId }, select: { spec: true } });
      return Boolean(row?.spec);
    });
    if (!hasSpec) await step.run("write-spec", recordingFailure(implementationId, lastAttempt, () => generateSpec({ implementationId })));
    const pushed = await step.run("push", recordingFailure(implementationId, lastAttempt, () => pushImplementation({ implementationId })));
    return { implementationId, ...pushed };
  },
);
