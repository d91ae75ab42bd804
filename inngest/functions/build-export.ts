// privacy/export.requested (outbox, written with the request): builds a participant's JSON or the
// project's zip into media storage, marks it downloadable for 7 days (audited with its counts),
// then sleeps until it expires and deletes the file — durably, so expiry holds across deploys; a
// download after the date also removes it (lib/privacy/export/download-export.ts). Steps return
// ids, sizes and counts, never content; the participant's email is opened inside the build step.
import { inngest } from "@/inngest/client";
import { dataExportRequested } from "@/inngest/events";
import { stepFailurePolicy } from "@/inngest/step-policy";
import { requestExportReadyEmail } from "@/lib/notifications/queue-email";
import { removeExportFile } from "@/lib/privacy/export/remove-expired-export";
import { buildExport, completeExport, failExport, startExport } from "@/lib/privacy/export/run-export";

type Data = { projectId: string; exportId: string };

const policy = stepFailurePolicy<Data>({
  retries: 3,
  retryDelaysMs: [30_000, 120_000, 600_000],
  recordFailure: ({ data, reason }) => failExport({ exportId: data.exportId, reason }),
});

export const buildExportFunction = inngest.createFunction(
  {
    id: "build-export",
    name: "Build a data export",
    triggers: [dataExportRequested],
    retries: policy.retries,
    onFailure: policy.onFailure,
    // a project export reads every row of the project: one at a time per project
    concurrency: [{ key: "event.data.projectId", limit: 1 }],
  },
  async ({ event, step, runId, attempt }) => {
    const { exportId } = event.data;
    const guard = policy.guard({ data: event.data, runId, attempt });
    const started = await step.run(
      "start",
      guard(() => startExport({ exportId })),
    );
    if (started.status !== "running") return { exportId, status: started.status };
    const built = await step.run(
      "build",
      guard(() => buildExport({ exportId })),
    );
    const completed = await step.run(
      "complete",
      guard(() => completeExport({ exportId, ...built })),
    );
    // the requester is told by mail (send-email); unguarded: a mail problem must not fail the export
    await step.run("queue-ready-email", () => requestExportReadyEmail({ exportId }));
    await step.sleepUntil("wait-until-expiry", completed.expiresAt);
    const removed = await step.run(
      "remove-expired-file",
      guard(() => removeExportFile({ exportId })),
    );
    return { exportId, kind: started.kind, sizeBytes: built.sizeBytes, counts: built.counts, fileRemoved: removed.removed };
  },
);
