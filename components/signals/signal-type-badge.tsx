import type { SignalType } from "@/generated/prisma/enums";
import { cx } from "@/components/ui/cx";
import { SIGNAL_TYPE_LABELS } from "@/lib/signals/signal-types";
import { SIGNAL_TYPE_STYLES } from "./signal-types";

export function SignalTypeBadge({ type, className }: { type: SignalType; className?: string }) {
  const style = SIGNAL_TYPE_STYLES[type];
  return (
    <span
      className={cx(
        "inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        style.chip,
        className,
      )}
    >
      <span className={cx("size-1.5 rounded-full", style.dot)} aria-hidden="true" />
      {SIGNAL_TYPE_LABELS[type]}
    </span>
  );
}
