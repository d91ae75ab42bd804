import type { PriorityBreakdown as Breakdown, PriorityFactor } from "@/lib/tasks/priority";
import { PRIORITY_WEIGHTS } from "@/lib/tasks/priority";

const FACTORS: { key: PriorityFactor; label: string; explain: string }[] = [
  { key: "frequency", label: "Frequency", explain: "How many sessions raised it (100 at 19 sessions)" },
  { key: "recency", label: "Recency", explain: "How fresh the evidence is (halves about every 3 weeks)" },
  { key: "intensity", label: "Intensity", explain: "How strongly participants felt it, weighted by confidence" },
  { key: "breadth", label: "Breadth", explain: "How many different participants (100 at 10 people)" },
  { key: "urgency", label: "Urgency", explain: "The most urgent kind of evidence (firing moments most)" },
];

/** The five factors of product.md §2.5 as bars, each with its weight and contribution to the score. */
export function PriorityBreakdown({ breakdown, score }: { breakdown: Breakdown; score: number }) {
  return (
    <div className="space-y-3.5">
      <dl className="space-y-3">
        {FACTORS.map((f) => {
          const value = breakdown[f.key];
          const weight = PRIORITY_WEIGHTS[f.key];
          return (
            // each group is a direct child of the list (a dt and its dd's); the bar and the explanation
            // describe the value, so they sit in a second dd across the row
            <div key={f.key} data-testid={`factor-${f.key}`} className="grid grid-cols-[1fr_auto] items-baseline gap-x-3 text-[13px]">
              <dt className="font-medium text-zinc-800" title={f.explain}>
                {f.label} <span className="font-normal text-zinc-500">× {weight.toFixed(2)}</span>
              </dt>
              <dd className="text-zinc-600 tabular-nums">
                {value.toFixed(1)} <span className="text-zinc-500">→ +{(value * weight).toFixed(1)}</span>
              </dd>
              <dd className="col-span-2">
                <div
                  className="mt-1 h-1.5 overflow-hidden rounded-full bg-zinc-100"
                  role="meter"
                  aria-label={f.label}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={value}
                >
                  <div className="h-full rounded-full bg-indigo-500" style={{ width: `${Math.min(100, Math.max(0, value))}%` }} />
                </div>
                <p className="mt-0.5 text-xs text-zinc-500">{f.explain}</p>
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="flex justify-between border-t border-zinc-100 pt-3 text-[13px] font-medium text-zinc-900">
        <span>Score</span>
        <span className="tabular-nums">{score.toFixed(1)} / 100</span>
      </p>
    </div>
  );
}
