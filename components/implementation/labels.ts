import type { ImplementationStatus, MeasurementVerdict } from "@/generated/prisma/enums";
import type { BadgeTone } from "@/components/ui/badge";

export const IMPLEMENTATION_STATUS: Record<ImplementationStatus, { label: string; tone: BadgeTone }> = {
  pending: { label: "Writing spec", tone: "indigo" },
  spec_ready: { label: "Spec ready", tone: "neutral" },
  pushing: { label: "Opening PR", tone: "indigo" },
  open: { label: "PR open", tone: "green" },
  merged: { label: "Merged", tone: "indigo" },
  closed: { label: "PR closed", tone: "neutral" },
  failed: { label: "Failed", tone: "red" },
};

export const VERDICT: Record<MeasurementVerdict, { label: string; tone: BadgeTone; color: string }> = {
  improved: { label: "Improved", tone: "green", color: "#059669" },
  no_change: { label: "No change", tone: "neutral", color: "#71717a" },
  worse: { label: "Worse", tone: "red", color: "#dc2626" },
  not_enough_data: { label: "Not enough data", tone: "amber", color: "#d97706" },
};

export const IN_PROGRESS: ImplementationStatus[] = ["pending", "pushing"];
