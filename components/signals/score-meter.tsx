import { cx } from "@/components/ui/cx";

/** A 0–1 score as a short bar and a percentage (intensity, confidence). */
export function ScoreMeter({ label, value, className }: { label: string; value: number; className?: string }) {
  const pct = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className={cx("flex items-center gap-2 text-xs text-zinc-500", className)}>
      <span className="w-[68px] shrink-0">{label}</span>
      <span
        className="h-1.5 w-16 overflow-hidden rounded-full bg-zinc-100"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <span className="block h-full rounded-full bg-zinc-700" style={{ width: `${pct}%` }} />
      </span>
      <span className="w-8 text-right tabular-nums text-zinc-700">{`${pct}%`}</span>
    </div>
  );
}
