// The microphone's loudness as a bar (lobby check and the room's state line): a `meter` for
// assistive technology, redrawn at the rate the caller sets its `level`.
import { cx } from "@/components/ui/cx";

/** dBFS → 0…100 % of the bar: −70 dB (a quiet room) is empty, −20 dB (a raised voice) is full. */
export function levelPercent(dbfs: number): number {
  return Math.round(Math.min(100, Math.max(0, ((dbfs + 70) / 50) * 100)));
}

export function LevelMeter({
  level,
  label,
  className,
  active = true,
}: {
  level: number;
  label: string;
  className: string;
  active?: boolean;
}) {
  const percent = levelPercent(level);
  return (
    <div
      className={cx("h-2 overflow-hidden rounded-full bg-zinc-200", className)}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div
        className={cx("h-full rounded-full transition-[width] duration-100", active ? "bg-emerald-500" : "bg-zinc-400")}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
