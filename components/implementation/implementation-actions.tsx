"use client";

// The task page's buttons for the loop: generate spec, open the pull request (or a dry run), measure.
import { api, errorMessage } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export interface ActionState {
  canSpec: boolean;
  canImplement: boolean;
  connected: boolean;
  canMeasure: boolean;
  hasSpec: boolean;
}

export function ImplementationActions({ projectId, taskId, state }: { projectId: string; taskId: string; state: ActionState }) {
  const spec = useApiAction();
  const push = useApiAction();
  const dry = useApiAction();
  const measure = useApiAction();
  const base = `/api/v1/projects/${projectId}/tasks/${taskId}`;
  const error = spec.error ?? push.error ?? dry.error ?? measure.error;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {state.canSpec && (
          <Button
            variant="secondary"
            size="sm"
            pending={spec.pending}
            onClick={() => spec.run(() => api(`${base}/spec`, { method: "POST", body: {} }))}
          >
            {state.hasSpec ? "Regenerate spec" : "Generate spec"}
          </Button>
        )}
        {state.canImplement && (
          <>
            <Button
              variant="ghost"
              size="sm"
              pending={dry.pending}
              onClick={() => dry.run(() => api(`${base}/implement`, { method: "POST", body: { dryRun: true } }))}
            >
              Dry run
            </Button>
            <Button
              size="sm"
              pending={push.pending}
              disabled={!state.connected}
              title={state.connected ? undefined : "Connect a GitHub repository in Settings first"}
              onClick={() => push.run(() => api(`${base}/implement`, { method: "POST", body: {} }))}
            >
              Open pull request
            </Button>
          </>
        )}
        {state.canMeasure && (
          <Button
            size="sm"
            variant="secondary"
            pending={measure.pending}
            onClick={() => measure.run(() => api(`${base}/measure`, { method: "POST", body: {} }))}
          >
            Measure now
          </Button>
        )}
      </div>
      {error != null && <Alert tone="error">{errorMessage(error)}</Alert>}
    </div>
  );
}
