// follow-up/verdicts.updated (outbox, written with the verdicts): the merged pull request's "Did it
// work?" comment is posted or edited to match the task's verification. One run per task at a time, so
// two follow-up sessions finishing together cannot post two comments; each run renders the latest
// verdicts, so the last one leaves the comment current. GitHub 5xx and rate limits are retried.
import { inngest } from "@/inngest/client";
import { followUpVerdictsUpdated } from "@/inngest/events";
import { stepFailurePolicy } from "@/inngest/step-policy";
import { postVerificationComment } from "@/lib/implementations/post-verification-comment";

// nothing to record on failure: the verdicts are on the task page whatever GitHub says, and the next
// verdicts saved for the task try again
const policy = stepFailurePolicy({ retries: 4 });

export const postVerificationCommentFunction = inngest.createFunction(
  {
    id: "post-verification-comment",
    name: "Post the follow-up verdicts on the merged pull request",
    triggers: [followUpVerdictsUpdated],
    retries: policy.retries,
    concurrency: [{ key: "event.data.taskId", limit: 1 }],
  },
  async ({ event, step, runId, attempt }) => {
    const guarded = policy.guard({ data: event.data, runId, attempt });
    const result = await step.run(
      "upsert-comment",
      guarded(() => postVerificationComment({ projectId: event.data.projectId, taskId: event.data.taskId })),
    );
    return { taskId: event.data.taskId, ...result };
  },
);
