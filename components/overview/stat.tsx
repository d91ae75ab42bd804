import { cx } from "@/components/ui/cx";

/** One headline number with an optional line under it. */
export function Stat({
  label,
  value,
  detail,
  tone,
  testId,
}: {
  label: string;
  value: number;
  detail?: string;
  tone?: "red";
  testId: string;
}) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white px-4 py-3.5 shadow-xs">
      <dt className="text-[13px] text-zinc-500">{label}</dt>
      <dd
        className={cx(
          "mt-1 text-2xl font-semibold tracking-tight tabular-nums",
          tone === "red" && value > 0 ? "text-red-600" : "text-zinc-900",
        )}
        data-testid={`stat-${testId}`}
      >
        {value.toLocaleString("en-US")}
      </dd>
      {detail && <dd className="mt-0.5 text-xs text-zinc-500">{detail}</dd>}
    </div>
  );
}
