import type { ScreenerStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<ScreenerStatus, BadgeTone> = { draft: "neutral", active: "green", paused: "amber", closed: "red" };

export function ScreenerStatusBadge({ status }: { status: ScreenerStatus }) {
  return (
    <Badge tone={tones[status]} className="gap-1.5 capitalize">
      {status === "active" && <span className="size-1.5 rounded-full bg-emerald-500" aria-hidden="true" />}
      {status}
    </Badge>
  );
}
