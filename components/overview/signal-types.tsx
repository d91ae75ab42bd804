import Link from "next/link";
import { SIGNAL_TYPE_STYLES } from "@/components/signals/signal-types";
import type { SignalType } from "@/generated/prisma/enums";
import { SIGNAL_TYPE_LABELS } from "@/lib/signals/signal-types";

/** Signals by type as ranked bars; each row opens the signals explorer filtered to that type. */
export function SignalTypes({ projectId, counts }: { projectId: string; counts: Record<SignalType, number> }) {
  const rows = (Object.entries(counts) as [SignalType, number][]).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...rows.map(([, n]) => n));
  const total = rows.reduce((a, [, n]) => a + n, 0);
  return (
    <ul className="space-y-2.5" aria-label="Signals by type">
      {rows.map(([type, n]) => (
        <li key={type} data-testid={`signal-type-${type}`}>
          <Link
            href={`/projects/${projectId}/signals?type=${type}`}
            className="group block rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          >
            <div className="flex items-baseline justify-between gap-3 text-[13px]">
              <span className="text-zinc-700 group-hover:text-zinc-900 group-hover:underline">{SIGNAL_TYPE_LABELS[type]}</span>
              <span className="text-zinc-900 tabular-nums">
                {n.toLocaleString("en-US")}
                <span className="ml-1.5 text-xs text-zinc-500">{total ? Math.round((n / total) * 100) : 0}%</span>
              </span>
            </div>
            <div className="mt-1 h-2 overflow-hidden rounded-full bg-zinc-100" aria-hidden="true">
              <div
                className="h-full rounded-full"
                style={{ width: `${(n / max) * 100}%`, backgroundColor: SIGNAL_TYPE_STYLES[type].color }}
              />
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
