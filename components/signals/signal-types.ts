// How each signal type looks in the dashboard: the chip and dot classes of badges and timeline
// markers, and the colour of charts and evidence dots, so a type always looks the same. The types and
// their words come from lib/signals/signal-types.ts (the Prisma enum); only the look lives here.
import type { SignalType } from "@/generated/prisma/enums";

export const SIGNAL_TYPE_STYLES: Record<SignalType, { dot: string; chip: string; color: string }> = {
  firing_moment: { dot: "bg-rose-500", chip: "bg-rose-50 text-rose-700 ring-rose-200", color: "#dc2626" },
  struggling_moment: { dot: "bg-orange-500", chip: "bg-orange-50 text-orange-800 ring-orange-200", color: "#ea580c" },
  workaround: { dot: "bg-amber-500", chip: "bg-amber-50 text-amber-800 ring-amber-200", color: "#ca8a04" },
  emotional_response: { dot: "bg-fuchsia-500", chip: "bg-fuchsia-50 text-fuchsia-700 ring-fuchsia-200", color: "#db2777" },
  desired_outcome: { dot: "bg-emerald-500", chip: "bg-emerald-50 text-emerald-700 ring-emerald-200", color: "#4f46e5" },
  hiring_criteria: { dot: "bg-sky-500", chip: "bg-sky-50 text-sky-700 ring-sky-200", color: "#0d9488" },
};
