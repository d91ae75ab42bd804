// The one place that names task statuses for people. The board's columns, the task page's badge,
// status select and history, the overview, the signal → task picker and the board's screen-reader
// announcements all read these words, so "In progress" is written the same way everywhere.
import type { TaskStatus } from "@/generated/prisma/enums";

/** Board order: from new evidence to finished work. */
export const TASK_STATUS_ORDER: readonly TaskStatus[] = ["backlog", "ready", "in_progress", "in_review", "done", "wont_fix"];

/** Sentence case, as written (nothing restyles them: Badge keeps the case it is given). */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  backlog: "Backlog",
  ready: "Ready",
  in_progress: "In progress",
  in_review: "In review",
  done: "Done",
  wont_fix: "Won't fix",
};

export function taskStatusLabel(status: TaskStatus): string {
  return TASK_STATUS_LABELS[status];
}
