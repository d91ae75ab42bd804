import type { ReactNode } from "react";
import { cx } from "./cx";

export type BadgeTone = "neutral" | "green" | "amber" | "red" | "indigo";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-zinc-100 text-zinc-700 ring-zinc-200",
  green: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  amber: "bg-amber-50 text-amber-800 ring-amber-200",
  red: "bg-red-50 text-red-700 ring-red-200",
  indigo: "bg-indigo-50 text-indigo-700 ring-indigo-200",
};

/**
 * A small status pill. It shows its text as given: labels are written in sentence case where they
 * are defined (e.g. lib/tasks/status-labels.ts). Callers that show a raw enum value ("draft",
 * "owner") ask for `capitalize` themselves, so a label like "In progress" is never restyled.
 */
export function Badge({ tone = "neutral", className, children }: { tone?: BadgeTone; className?: string; children: ReactNode }) {
  return (
    <span className={cx("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", tones[tone], className)}>
      {children}
    </span>
  );
}
