"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/modal";
import { useApiAction } from "@/components/use-api-action";

/** Reprocess and delete, for members; the page renders nothing of this for viewers. */
export function SessionActions({
  projectId,
  sessionId,
  participant,
  canReprocess,
  reprocessHint,
}: {
  projectId: string;
  sessionId: string;
  participant: string;
  canReprocess: boolean;
  reprocessHint?: string;
}) {
  const router = useRouter();
  const base = `/api/v1/projects/${encodeURIComponent(projectId)}/sessions/${encodeURIComponent(sessionId)}`;
  const reprocess = useApiAction();
  const remove = useApiAction();
  const [confirm, setConfirm] = useState<"reprocess" | "delete" | null>(null);
  const [queued, setQueued] = useState(false);

  return (
    <div className="flex flex-wrap items-center gap-2">
      {queued && (
        <span role="status" className="text-[13px] text-emerald-700">
          Queued for processing
        </span>
      )}
      <Button variant="secondary" onClick={() => setConfirm("reprocess")} disabled={!canReprocess} title={reprocessHint}>
        Reprocess
      </Button>
      <Button variant="ghost-danger" onClick={() => setConfirm("delete")}>
        Delete
      </Button>
      <ConfirmDialog
        open={confirm === "reprocess"}
        onClose={() => setConfirm(null)}
        danger={false}
        title="Reprocess this session?"
        description="Its signals and summary are removed, the tasks they fed are rescored, and the session is analysed again from its transcript, audio and events."
        confirmLabel="Reprocess"
        pending={reprocess.pending}
        error={reprocess.error ? errorMessage(reprocess.error) : null}
        onConfirm={async () => {
          const result = await reprocess.run(() => api(`${base}/reprocess`, { method: "POST" }));
          if (result.ok) {
            setConfirm(null);
            setQueued(true);
          }
        }}
      />
      <ConfirmDialog
        open={confirm === "delete"}
        onClose={() => setConfirm(null)}
        title={`Delete the session with ${participant}?`}
        description="The transcript, recordings, events and signals are deleted for good; tasks lose this evidence and are rescored."
        confirmLabel="Delete session"
        pending={remove.pending}
        error={remove.error ? errorMessage(remove.error) : null}
        onConfirm={async () => {
          const result = await remove.run(() => api(base, { method: "DELETE" }), { refresh: false });
          if (result.ok) router.replace(`/projects/${projectId}/sessions`);
        }}
      />
    </div>
  );
}
