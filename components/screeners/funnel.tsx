import { cx } from "@/components/ui/cx";

export interface FunnelCounts {
  viewCount: number;
  startCount: number;
  qualifiedCount: number;
  disqualifiedCount: number;
  completionCount: number;
}

const pct = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : "—");

/** Views → starts → qualified / disqualified → completed interviews, with each step's rate. */
export function Funnel({ counts, compact = false }: { counts: FunnelCounts; compact?: boolean }) {
  const submitted = counts.qualifiedCount + counts.disqualifiedCount;
  const steps = [
    { label: "Views", value: counts.viewCount, detail: null },
    { label: "Starts", value: counts.startCount, detail: `${pct(counts.startCount, counts.viewCount)} of views` },
    { label: "Qualified", value: counts.qualifiedCount, detail: `${pct(counts.qualifiedCount, submitted)} of responses` },
    { label: "Disqualified", value: counts.disqualifiedCount, detail: `${pct(counts.disqualifiedCount, submitted)} of responses` },
    { label: "Completed", value: counts.completionCount, detail: `${pct(counts.completionCount, counts.qualifiedCount)} of qualified` },
  ];
  if (compact) {
    return (
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-[13px]">
        {steps.map((s) => (
          <div key={s.label} className="flex items-baseline gap-1">
            <dt className="text-zinc-500">{s.label}</dt>
            <dd className="font-medium text-zinc-900 tabular-nums" data-testid={`funnel-${s.label.toLowerCase()}`}>
              {s.value.toLocaleString("en-US")}
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {steps.map((s, i) => (
        <div
          key={s.label}
          className={cx("rounded-lg border border-zinc-200 bg-white px-4 py-3 shadow-xs", i === 4 && "col-span-2 sm:col-span-1")}
        >
          <dt className="text-[13px] text-zinc-500">{s.label}</dt>
          <dd
            className="mt-0.5 text-2xl font-semibold tracking-tight text-zinc-900 tabular-nums"
            data-testid={`funnel-${s.label.toLowerCase()}`}
          >
            {s.value.toLocaleString("en-US")}
          </dd>
          {s.detail && <dd className="text-xs text-zinc-500">{s.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
