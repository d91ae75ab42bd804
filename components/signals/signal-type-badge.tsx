import type { SignalType } from "@/generated/prisma/enums";
import { cx } from "@/components/ui/cx";
import { SIGNAL_TYPE_META } from "./signal-types";

export function SignalTypeBadge({ type, className }: { type: SignalType; className?: string }) {
  const meta = SIGNAL_TYPE_META[type];
  return (
    <span className={cx("inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset", meta.chip, className)}>
      <span className={cx("size-1.5 rounded-full", meta.dot)} aria-hidden="true" />
      {meta.label}
    </span>
  );
}
