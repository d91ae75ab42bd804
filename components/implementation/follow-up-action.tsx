"use client";

// After a measurement: create a follow-up screener for the participants behind the evidence who
// agreed to be contacted again, and link to it.
import Link from "next/link";
import { useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function FollowUpAction({
  projectId,
  taskId,
  invitees,
  screenerId: existing,
}: {
  projectId: string;
  taskId: string;
  invitees: { email: string; name: string | null }[];
  /** the task's follow-up screener, when one was made before */
  screenerId: string | null;
}) {
  const { run, pending, error } = useApiAction();
  const [made, setMade] = useState<string | null>(null);
  const screenerId = made ?? existing;
  return (
    <section className="space-y-2 rounded-md border border-zinc-200 px-4 py-3" aria-labelledby="follow-up-title" data-testid="follow-up">
      <h3 id="follow-up-title" className="text-[13px] font-semibold text-zinc-900">
        Follow up with participants
      </h3>
      {invitees.length === 0 && !screenerId ? (
        <p className="text-[13px] text-zinc-600">No participant behind this evidence agreed to be contacted again.</p>
      ) : (
        <>
          <p className="text-[13px] text-zinc-600">
            {invitees.length} participant{invitees.length === 1 ? "" : "s"} behind this evidence agreed to be contacted again:{" "}
            <span className="text-zinc-800">{invitees.map((i) => i.name ?? i.email).join(", ")}</span>.
          </p>
          {screenerId ? (
            <Link
              href={`/projects/${projectId}/screeners/${screenerId}`}
              className="text-[13px] font-medium text-indigo-700 hover:underline"
            >
              Open the follow-up screener →
            </Link>
          ) : (
            <Button
              size="sm"
              variant="secondary"
              pending={pending}
              onClick={async () => {
                const r = await run(
                  () =>
                    api<{ screener: { id: string } }>(`/api/v1/projects/${projectId}/tasks/${taskId}/follow-up`, {
                      method: "POST",
                      body: {},
                    }),
                  { refresh: false },
                );
                if (r.ok) setMade(r.value.screener.id);
              }}
            >
              Create follow-up screener
            </Button>
          )}
        </>
      )}
      {error != null && <Alert tone="error">{errorMessage(error)}</Alert>}
    </section>
  );
}
