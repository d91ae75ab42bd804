"use client";

import { useRouter } from "next/navigation";
import { api, errorMessage } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** POST /api/v1/invitations/accept, then open the project. */
export function AcceptInvitation({ token, disabled }: { token: string; disabled?: boolean }) {
  const router = useRouter();
  const { run, pending, error } = useApiAction();

  async function accept() {
    const result = await run(() => api<{ projectId: string }>("/api/v1/invitations/accept", { method: "POST", body: { token } }), {
      refresh: false,
    });
    if (result.ok) router.push(`/projects/${result.value.projectId}`);
  }

  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{errorMessage(error)}</Alert> : null}
      <Button className="w-full" onClick={accept} pending={pending} disabled={disabled}>
        Accept invitation
      </Button>
    </div>
  );
}
