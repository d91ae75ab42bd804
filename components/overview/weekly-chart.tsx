"use client";

import { Area, AreaChart, Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { WeekPoint } from "@/lib/overview/weekly-activity";

const monthDay = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const weekLabel = (week: string) => monthDay.format(new Date(`${week}T00:00:00Z`));

const axis = { fontSize: 11, fill: "#71717a" };
const tooltipStyle = { fontSize: 12, borderRadius: 6, border: "1px solid #e4e4e7", boxShadow: "0 4px 12px rgb(0 0 0 / 0.06)" };

/**
 * Sessions (completed / other, stacked) or signals per week. The chart is a picture for sighted
 * users; the same numbers are in a visually hidden table for screen readers.
 */
export function WeeklyChart({ weeks, kind }: { weeks: WeekPoint[]; kind: "sessions" | "signals" }) {
  const data = weeks.map((w) => ({ ...w, label: weekLabel(w.week), other: w.sessions - w.completed }));
  const title = kind === "sessions" ? "Sessions per week" : "Signals per week";
  return (
    <figure className="min-w-0" data-testid={`chart-${kind}`}>
      {/* hidden from screen readers, so nothing in it may take focus either: no accessibility layer (it makes the chart a tab stop) */}
      <div aria-hidden="true">
        {kind === "sessions" ? (
          <BarChart
            accessibilityLayer={false}
            responsive
            style={{ width: "100%", height: 200 }}
            data={data}
            margin={{ top: 8, right: 4, bottom: 0, left: -24 }}
          >
            <CartesianGrid vertical={false} stroke="#f4f4f5" />
            <XAxis
              dataKey="label"
              tick={axis}
              tickLine={false}
              axisLine={{ stroke: "#e4e4e7" }}
              interval="preserveStartEnd"
              minTickGap={16}
            />
            <YAxis tick={axis} tickLine={false} axisLine={false} allowDecimals={false} />
            <Tooltip cursor={{ fill: "#f4f4f5" }} contentStyle={tooltipStyle} />
            <Bar dataKey="completed" name="Completed" stackId="s" fill="#4f46e5" isAnimationActive={false} />
            <Bar dataKey="other" name="Not completed" stackId="s" fill="#c7d2fe" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        ) : (
          <AreaChart
            accessibilityLayer={false}
            responsive
            style={{ width: "100%", height: 200 }}
            data={data}
            margin={{ top: 8, right: 4, bottom: 0, left: -24 }}
          >
            <defs>
              <linearGradient id="signals-fill" x1="0" y1="0" x2="0" y2="1">
                <stop offset="0%" stopColor="#ea580c" stopOpacity={0.25} />
                <stop offset="100%" stopColor="#ea580c" stopOpacity={0.02} />
              </linearGradient>
            </defs>
            <CartesianGrid vertical={false} stroke="#f4f4f5" />
            <XAxis
              dataKey="label"
              tick={axis}
              tickLine={false}
              axisLine={{ stroke: "#e4e4e7" }}
              interval="preserveStartEnd"
              minTickGap={16}
            />
            <YAxis tick={axis} tickLine={false} axisLine={false} allowDecimals={false} />
            <Tooltip contentStyle={tooltipStyle} />
            <Area
              type="monotone"
              dataKey="signals"
              name="Signals"
              stroke="#ea580c"
              strokeWidth={2}
              fill="url(#signals-fill)"
              isAnimationActive={false}
            />
          </AreaChart>
        )}
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {kind === "sessions" ? (
              <>
                <th scope="col">Sessions</th>
                <th scope="col">Completed</th>
              </>
            ) : (
              <th scope="col">Signals</th>
            )}
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.week}>
              <td>{d.label}</td>
              {kind === "sessions" ? (
                <>
                  <td>{d.sessions}</td>
                  <td>{d.completed}</td>
                </>
              ) : (
                <td>{d.signals}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
