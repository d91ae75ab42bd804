// project/deleted (outbox, written with the delete): removes the project's media objects. Retried
// generously: the rows are already gone, so until this succeeds the files are orphans, never data
// that a person can still reach.
import { inngest } from "@/inngest/client";
import { projectDeleted } from "@/inngest/events";
import { stepFailurePolicy } from "@/inngest/step-policy";
import { purgeProjectMedia } from "@/lib/retention/purge-project-media";

const policy = stepFailurePolicy<{ projectId: string }>({ retries: 5, retryDelaysMs: [60_000, 300_000, 1_800_000] });

export const purgeProjectMediaFunction = inngest.createFunction(
  { id: "purge-project-media", name: "Delete a deleted project's media files", triggers: [projectDeleted], retries: policy.retries },
  async ({ event, step, runId, attempt }) =>
    step.run(
      "delete-media-prefix",
      policy.guard({ data: event.data, runId, attempt })(() => purgeProjectMedia({ projectId: event.data.projectId })),
    ),
);
