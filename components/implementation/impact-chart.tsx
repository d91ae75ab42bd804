"use client";

// The impact history as a small chart: the share of sessions with the task's problem before (grey)
// and after (coloured by verdict) the merge, one pair per measurement.
import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ImpactPoint {
  label: string;
  baseline: number | null;
  current: number | null;
  color: string;
}

const pct = (v: unknown) => (typeof v === "number" ? `${Math.round(v)} %` : "—");

export function ImpactChart({ points }: { points: ImpactPoint[] }) {
  return (
    <div data-testid="impact-chart" aria-label="Share of sessions with this problem, before and after the merge">
      <div className="flex items-center gap-4 text-[11px] text-zinc-500">
        <span className="flex items-center gap-1.5">
          <span className="size-2.5 rounded-sm bg-zinc-300" aria-hidden="true" /> Before the merge
        </span>
        <span className="flex items-center gap-1.5">
          <span className="size-2.5 rounded-sm bg-emerald-600" aria-hidden="true" /> After (coloured by verdict)
        </span>
      </div>
      <div className="h-40 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -18 }} barGap={2}>
            <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#71717a" }} axisLine={false} tickLine={false} />
            <YAxis tickFormatter={pct} tick={{ fontSize: 11, fill: "#a1a1aa" }} axisLine={false} tickLine={false} domain={[0, 100]} />
            <Tooltip
              formatter={(v, name) => [pct(v), name === "baseline" ? "Before the merge" : "After the merge"]}
              cursor={{ fill: "#f4f4f5" }}
              contentStyle={{ fontSize: 12, borderRadius: 6 }}
            />
            <Bar dataKey="baseline" fill="#d4d4d8" radius={[3, 3, 0, 0]} maxBarSize={22} isAnimationActive={false} />
            {/* a 0 % reading is still drawn, as a sliver, so "gone" is visible */}
            <Bar dataKey="current" radius={[3, 3, 0, 0]} maxBarSize={22} minPointSize={2} isAnimationActive={false}>
              {points.map((p, i) => (
                <Cell key={i} fill={p.color} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
