"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { Input } from "@/components/ui/input";
import { Modal } from "@/components/ui/modal";
import { cx } from "@/components/ui/cx";
import type { TaskStatus } from "@/generated/prisma/enums";
import { TASK_STATUS_LABELS } from "@/lib/tasks/status-labels";

export interface PickerTask {
  id: string;
  title: string;
  status: TaskStatus;
  priorityLabel: string;
  priorityScore: number;
  signalCount: number;
}

const FIRST_TASKS = 200;

/**
 * Chooses a task to link evidence to: shows the project's highest-priority tasks from GET …/tasks,
 * filters them at once as you type and then asks the server (`q`) so that every task can be found,
 * however many the project has; works from the keyboard (↑ ↓ to move, Enter to choose).
 */
export function TaskPicker({
  projectId,
  open,
  exclude,
  onClose,
  onPick,
  pending,
  error,
}: {
  projectId: string;
  open: boolean;
  exclude: readonly string[];
  onClose: () => void;
  onPick: (task: PickerTask) => void;
  pending: boolean;
  error: string | null;
}) {
  const [tasks, setTasks] = useState<PickerTask[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [filter, setFilter] = useState("");
  const [searched, setSearched] = useState<{ q: string; tasks: PickerTask[] } | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open || tasks) return;
    let cancelled = false;
    api<{ tasks: PickerTask[] }>(`/api/v1/projects/${encodeURIComponent(projectId)}/tasks?limit=${FIRST_TASKS}&sort=priority`)
      .then((r) => !cancelled && setTasks(r.tasks))
      .catch((e) => !cancelled && setLoadError(errorMessage(e)));
    return () => {
      cancelled = true;
    };
  }, [open, tasks, projectId]);

  // beyond the first tasks, the server searches all of them (after a pause in typing)
  const query = filter.trim();
  const searchNeeded = open && query !== "" && tasks !== null && tasks.length >= FIRST_TASKS;
  useEffect(() => {
    if (!searchNeeded) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ q: query, limit: "50", sort: "priority" });
      api<{ tasks: PickerTask[] }>(`/api/v1/projects/${encodeURIComponent(projectId)}/tasks?${params}`)
        .then((r) => !cancelled && setSearched({ q: query, tasks: r.tasks }))
        .catch((e) => !cancelled && setLoadError(errorMessage(e)));
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [searchNeeded, query, projectId]);

  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const source =
      searched && searched.q === query
        ? searched.tasks
        : (tasks ?? []).filter((t) => words.every((w) => t.title.toLowerCase().includes(w)));
    return source.filter((t) => !exclude.includes(t.id));
  }, [tasks, searched, query, exclude]);
  const current = Math.min(active, Math.max(0, shown.length - 1));

  useEffect(() => {
    (listRef.current?.children[current] as HTMLElement | undefined)?.scrollIntoView({ block: "nearest" });
  }, [current]);

  return (
    <Modal
      open={open}
      onClose={onClose}
      title="Link to a task"
      description="The signal becomes evidence for the task, and the task's priority is recomputed."
    >
      <div className="space-y-3">
        <Input
          autoFocus
          type="search"
          placeholder="Search tasks"
          aria-label="Search tasks"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={shown[current] ? `${listId}-${shown[current].id}` : undefined}
          value={filter}
          onChange={(e) => {
            setFilter(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") {
              e.preventDefault();
              setActive(Math.min(current + 1, shown.length - 1));
            } else if (e.key === "ArrowUp") {
              e.preventDefault();
              setActive(Math.max(current - 1, 0));
            } else if (e.key === "Enter" && shown[current] && !pending) {
              e.preventDefault();
              onPick(shown[current]);
            }
          }}
        />
        {loadError && (
          <p role="alert" className="text-[13px] text-red-700">
            {loadError}
          </p>
        )}
        {error && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-[13px] text-red-700">
            {error}
          </p>
        )}
        {!tasks && !loadError && <p className="py-6 text-center text-[13px] text-zinc-500">Loading tasks…</p>}
        {tasks && shown.length === 0 && (
          <p className="py-6 text-center text-[13px] text-zinc-500">
            {tasks.length === 0
              ? "This project has no tasks yet."
              : searchNeeded && searched?.q !== query
                ? "Searching all tasks…"
                : "No task matches."}
          </p>
        )}
        {shown.length > 0 && (
          <ul
            id={listId}
            ref={listRef}
            role="listbox"
            aria-label="Tasks"
            className="max-h-72 overflow-y-auto rounded-md border border-zinc-200"
          >
            {shown.map((t, i) => (
              <li
                key={t.id}
                id={`${listId}-${t.id}`}
                role="option"
                aria-selected={i === current}
                onMouseEnter={() => setActive(i)}
                onClick={() => !pending && onPick(t)}
                className={cx(
                  "cursor-pointer border-b border-zinc-100 px-3 py-2 last:border-b-0",
                  i === current ? "bg-indigo-50" : "bg-white",
                )}
              >
                <span className="block text-[13px] font-medium text-zinc-900">{t.title}</span>
                <span className="block text-xs text-zinc-500">
                  {TASK_STATUS_LABELS[t.status]} · {t.priorityLabel} priority ({Math.round(t.priorityScore)}) · {t.signalCount} signals
                </span>
              </li>
            ))}
          </ul>
        )}
        {pending && <p className="text-xs text-zinc-500">Linking…</p>}
      </div>
    </Modal>
  );
}
