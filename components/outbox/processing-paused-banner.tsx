// Dashboard banner for a project's members when the job engine has not accepted the project's
// events for longer than OUTBOX_STALE_AFTER_SECONDS: nothing is processed, and here is what to do.
import { Alert } from "@/components/ui/alert";
import { describeStall, getEngineStatus, lastDeliveryError, stallRemedy } from "@/lib/outbox/engine-status";

export async function ProcessingPausedBanner({ projectId }: { projectId: string }) {
  const status = await getEngineStatus({ projectId });
  if (!status.stalled) return null;
  const error = lastDeliveryError(status);
  return (
    <div data-testid="processing-paused">
      <Alert tone="warning" title={`Processing is paused: ${describeStall(status)}.`}>
        <p>{error[0].toUpperCase() + error.slice(1)}. Ended sessions are kept and are processed once the job engine accepts them.</p>
        <p className="mt-1">{stallRemedy(status)} See docs/runbook.md, section 2.3.</p>
      </Alert>
    </div>
  );
}
