// The session page's processing state when processing has not started because the session's event
// is still in the outbox: since when, why the last delivery failed, and what to do.
import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/components/ui/format";
import type { SessionOutboxWait } from "@/lib/outbox/get-session-outbox-wait";

export function JobEngineWait({ wait, canRetry }: { wait: SessionOutboxWait; canRetry: boolean }) {
  return (
    <div data-testid="job-engine-wait">
      <Alert tone="warning" title={`Waiting for the job engine since ${formatDateTime(wait.since)}`}>
        <p>
          Processing starts when the job engine at <code className="font-mono text-xs">{wait.target.url}</code> accepts this session&apos;s{" "}
          <code className="font-mono text-xs">{wait.eventName}</code> event.{" "}
          {wait.attempts === 0
            ? "No delivery has been attempted yet."
            : `${wait.attempts} ${wait.attempts === 1 ? "delivery attempt" : "delivery attempts"} so far.`}
        </p>
        {wait.lastError && (
          <p className="mt-1">
            Last delivery error: <span className="font-mono text-xs break-all">{wait.lastError}</span>
          </p>
        )}
        <p className="mt-1">
          {wait.remedy}
          {canRetry && " Admins can also retry from the CLI: usertests outbox retry."}
        </p>
      </Alert>
    </div>
  );
}
