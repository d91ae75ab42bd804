// The step policy of the GitHub-loop functions (write a spec, open a pull request): a step that gives
// up writes the reason on the implementation, which the task page shows. Retries of transient
// failures (GitHub 5xx and rate limits, network) follow Inngest's own backoff, or a model
// provider's retry-after.
import { stepFailurePolicy, type StepRetries } from "@/inngest/step-policy";
import { failImplementation } from "@/lib/implementations/fail-implementation";

export const implementationStepPolicy = (retries: StepRetries) =>
  stepFailurePolicy<{ implementationId: string }>({
    retries,
    recordFailure: ({ data, reason }) => failImplementation({ implementationId: data.implementationId, reason }),
  });
