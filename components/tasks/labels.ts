// Words and colours for task fields, shared by the board, the task page and the overview.
import type { BadgeTone } from "@/components/ui/badge";
import type { Effort, PriorityLabel, TaskStatus, TaskType } from "@/generated/prisma/enums";

// status words live in lib (one map for every page); re-exported so components import from one place
export { TASK_STATUS_LABELS, TASK_STATUS_ORDER } from "@/lib/tasks/status-labels";

export const TASK_STATUS_TONES: Record<TaskStatus, BadgeTone> = {
  backlog: "neutral",
  ready: "indigo",
  in_progress: "amber",
  in_review: "amber",
  done: "green",
  wont_fix: "neutral",
};

export const TASK_TYPE_LABELS: Record<TaskType, string> = {
  bug: "Bug",
  improvement: "Improvement",
  feature: "Feature",
  research: "Research",
};

export const EFFORT_LABELS: Record<Effort, string> = { xs: "XS", s: "S", m: "M", l: "L", xl: "XL" };

export const PRIORITY_TONES: Record<PriorityLabel, BadgeTone> = { critical: "red", high: "amber", medium: "indigo", low: "neutral" };

export const TASK_STATUS_COLORS: Record<TaskStatus, string> = {
  backlog: "#a1a1aa",
  ready: "#6366f1",
  in_progress: "#f59e0b",
  in_review: "#d97706",
  done: "#10b981",
  wont_fix: "#d4d4d8",
};
