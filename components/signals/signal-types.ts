// How each signal type is named and coloured everywhere in the dashboard (product.md §1: six types).
import type { SignalType } from "@/generated/prisma/enums";

export const SIGNAL_TYPE_LIST: readonly SignalType[] = [
  "firing_moment",
  "struggling_moment",
  "workaround",
  "emotional_response",
  "desired_outcome",
  "hiring_criteria",
];

export const SIGNAL_TYPE_META: Record<SignalType, { label: string; dot: string; chip: string }> = {
  firing_moment: { label: "Firing moment", dot: "bg-rose-500", chip: "bg-rose-50 text-rose-700 ring-rose-200" },
  struggling_moment: { label: "Struggling moment", dot: "bg-orange-500", chip: "bg-orange-50 text-orange-800 ring-orange-200" },
  workaround: { label: "Workaround", dot: "bg-amber-500", chip: "bg-amber-50 text-amber-800 ring-amber-200" },
  emotional_response: { label: "Emotional response", dot: "bg-fuchsia-500", chip: "bg-fuchsia-50 text-fuchsia-700 ring-fuchsia-200" },
  desired_outcome: { label: "Desired outcome", dot: "bg-emerald-500", chip: "bg-emerald-50 text-emerald-700 ring-emerald-200" },
  hiring_criteria: { label: "Hiring criteria", dot: "bg-sky-500", chip: "bg-sky-50 text-sky-700 ring-sky-200" },
};
