"use client";

import Link from "next/link";
import { useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { TaskPicker } from "./task-picker";

/** The tasks a signal is evidence for; members can unlink one or link another through the picker. */
export function SignalTaskLinks({
  projectId,
  signalId,
  tasks,
  canEdit,
}: {
  projectId: string;
  signalId: string;
  tasks: { id: string; title: string }[];
  canEdit: boolean;
}) {
  const [picking, setPicking] = useState(false);
  // the picker's <dialog> is mounted on first use, not on each of the page's cards (and then kept,
  // so closing it still hands focus back to this button)
  const [pickerUsed, setPickerUsed] = useState(false);
  const link = useApiAction();
  const unlink = useApiAction();
  // shown at once on success; the page's refresh then brings the same list from the server
  const [removed, setRemoved] = useState<string[]>([]);
  const [added, setAdded] = useState<{ id: string; title: string }[]>([]);
  const shown = [
    ...tasks.filter((t) => !removed.includes(t.id)),
    ...added.filter((a) => !tasks.some((t) => t.id === a.id) && !removed.includes(a.id)),
  ];
  const path = (taskId: string) =>
    `/api/v1/projects/${encodeURIComponent(projectId)}/tasks/${encodeURIComponent(taskId)}/signals/${encodeURIComponent(signalId)}`;

  return (
    <div className="flex flex-wrap items-center gap-1.5" data-testid="signal-tasks">
      {shown.length === 0 && !canEdit && <span className="text-xs text-zinc-500">Not linked to a task</span>}
      {shown.map((t) => (
        <span
          key={t.id}
          className="inline-flex max-w-[260px] items-center gap-1 rounded-md bg-zinc-100 py-0.5 pr-1 pl-2 text-xs text-zinc-700"
        >
          <Link href={`/projects/${projectId}/tasks/${t.id}`} className="truncate hover:underline" title={t.title}>
            {t.title}
          </Link>
          {canEdit && (
            <button
              type="button"
              onClick={async () => {
                const result = await unlink.run(() => api(path(t.id), { method: "DELETE" }));
                if (result.ok) setRemoved((r) => [...r, t.id]);
              }}
              disabled={unlink.pending}
              aria-label={`Unlink from ${t.title}`}
              // 24 px to tap; the negative margin keeps the chip as small as its text
              className="-my-1 grid size-6 place-items-center rounded text-zinc-500 hover:bg-zinc-200 hover:text-zinc-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
            >
              ×
            </button>
          )}
        </span>
      ))}
      {canEdit && (
        <button
          type="button"
          onClick={() => {
            setPickerUsed(true);
            setPicking(true);
          }}
          // a plain button: the shared Button's classes, overridden here, weighed ~400 bytes on every card
          className="h-6 rounded-md px-1.5 text-xs font-medium whitespace-nowrap text-indigo-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          + Link to task
        </button>
      )}
      {unlink.error ? (
        <span role="alert" className="text-xs text-red-700">
          {errorMessage(unlink.error)}
        </span>
      ) : null}
      {canEdit && pickerUsed && (
        <TaskPicker
          projectId={projectId}
          open={picking}
          exclude={shown.map((t) => t.id)}
          onClose={() => {
            setPicking(false);
            link.clearError();
          }}
          pending={link.pending}
          error={link.error ? errorMessage(link.error) : null}
          onPick={async (task) => {
            const result = await link.run(() => api(path(task.id), { method: "POST" }));
            if (result.ok) {
              setPicking(false);
              setRemoved((r) => r.filter((id) => id !== task.id));
              setAdded((a) => [...a, { id: task.id, title: task.title }]);
            }
          }}
        />
      )}
    </div>
  );
}
