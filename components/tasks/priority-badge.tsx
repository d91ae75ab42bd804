import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import type { PriorityLabel } from "@/generated/prisma/enums";
import { PRIORITY_TONES } from "./labels";

/** "high · 64.2": the label people sort by and the score behind it. */
export function PriorityBadge({ label, score, className }: { label: PriorityLabel; score: number; className?: string }) {
  return (
    <Badge tone={PRIORITY_TONES[label]} className={cx("capitalize", className)}>
      {`${label} `}
      <span className="ml-1 font-normal tabular-nums">{`· ${score.toFixed(1)}`}</span>
    </Badge>
  );
}
