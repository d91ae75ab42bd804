// privacy/erasure.requested (outbox, written with the request): erases one person from a project.
// Every deletion commits together with the receipt's counts (one transaction per session), so a
// crash resumes where it stopped and a retried step never counts twice (lib/erasure):
//   find → sessions (a step per 20) → what remains (sessions that appeared meanwhile, responses without
//   a session) → recompute tasks → one step per implementation that quoted them (GitHub) → finish
//   (receipt, audit, email dropped).
// Steps run one after another (ADR 014) and return ids and counts only: the plan and the sealed
// quotes travel through the request row, never through step state.
import { inngest } from "@/inngest/client";
import { participantErasureRequested } from "@/inngest/events";
import { stepFailurePolicy } from "@/inngest/step-policy";
import { eraseParticipantSession } from "@/lib/erasure/erase-participant-session";
import { eraseRemainingTraces } from "@/lib/erasure/erase-remaining-traces";
import { failErasure } from "@/lib/erasure/fail-erasure";
import { findErasureTargets } from "@/lib/erasure/find-erasure-targets";
import { finishErasure } from "@/lib/erasure/finish-erasure";
import { recomputeErasedTasks } from "@/lib/erasure/recompute-erased-tasks";
import { redactImplementationQuotes } from "@/lib/erasure/redact-implementation-quotes";

const SESSIONS_PER_STEP = 20;

const policy = stepFailurePolicy<{ projectId: string; erasureId: string }>({
  retries: 4,
  recordFailure: ({ data, reason }) => failErasure({ erasureId: data.erasureId, reason }),
});

export const eraseParticipantFunction = inngest.createFunction(
  {
    id: "erase-participant",
    name: "Erase a participant from a project",
    triggers: [participantErasureRequested],
    retries: policy.retries,
    onFailure: policy.onFailure,
    // one run per request at a time: a redelivered event waits, then finds the request finished
    concurrency: [{ key: "event.data.erasureId", limit: 1 }],
  },
  async ({ event, step, runId, attempt }) => {
    const { erasureId } = event.data;
    const guard = policy.guard({ data: event.data, runId, attempt });
    const targets = await step.run(
      "find",
      guard(() => findErasureTargets({ erasureId })),
    );
    if (targets.finished) return { erasureId, skipped: true };
    // sessions in batches, each session still its own transaction: a person with many sessions (an
    // integration that reused one address) stays far below Inngest's limit on steps per run
    for (let i = 0; i < targets.sessionIds.length; i += SESSIONS_PER_STEP) {
      const batch = targets.sessionIds.slice(i, i + SESSIONS_PER_STEP);
      await step.run(
        `erase-sessions-${i / SESSIONS_PER_STEP}`,
        guard(async () => {
          for (const sessionId of batch) await eraseParticipantSession({ erasureId, sessionId });
          return { sessions: batch.length };
        }),
      );
    }
    await step.run(
      "erase-remaining",
      guard(() => eraseRemainingTraces({ erasureId })),
    );
    await step.run(
      "recompute-tasks",
      guard(() => recomputeErasedTasks({ erasureId })),
    );
    for (const implementationId of targets.implementationIds)
      await step.run(
        `github-${implementationId}`,
        guard(() => redactImplementationQuotes({ erasureId, implementationId })),
      );
    const removed = await step.run(
      "finish",
      guard(() => finishErasure({ erasureId })),
    );
    return { erasureId, removed };
  },
);
