"use client";

// The "Send follow-up invitations" button: invites every eligible participant not invited yet; the
// server sends each a personal link (one per person, however often this is clicked).
import { api, errorMessage } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function SendFollowUpInvitations({ projectId, taskId, count }: { projectId: string; taskId: string; count: number }) {
  const { run, pending, error } = useApiAction();
  return (
    <div className="space-y-2">
      <Button
        size="sm"
        pending={pending}
        onClick={() => run(() => api(`/api/v1/projects/${projectId}/tasks/${taskId}/follow-up-invitations`, { method: "POST", body: {} }))}
      >
        Send follow-up invitations ({count})
      </Button>
      {error != null && <Alert tone="error">{errorMessage(error)}</Alert>}
    </div>
  );
}
