import Link from "next/link";
import { ClipPlayer } from "@/components/clips/clip-player";
import { QuoteTranslation, quoteAttributes } from "@/components/languages/quote-translation";
import { SIGNAL_TYPE_STYLES } from "@/components/signals/signal-types";
import { Time } from "@/components/ui/time";
import { sessionMomentPath } from "@/lib/sessions/session-moment";
import { SIGNAL_TYPE_LABELS } from "@/lib/signals/signal-types";
import type { TaskView } from "@/lib/tasks/get-task-view";

type Evidence = TaskView["evidence"][number];

/** mm:ss (or h:mm:ss) of a moment in a session. */
export function formatMoment(offsetMs: number): string {
  const total = Math.max(0, Math.floor(offsetMs / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** Participants' own words behind a task, each linking to the moment in its session. */
export function EvidenceList({ projectId, evidence }: { projectId: string; evidence: Evidence[] }) {
  return (
    <ul className="divide-y divide-zinc-100" aria-label="Evidence">
      {evidence.map((e) => {
        const who = e.session.participantName ?? e.session.participantEmail ?? "Anonymous participant";
        return (
          <li key={e.id} className="px-5 py-4" data-testid="evidence-item">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500">
              <span className="inline-flex items-center gap-1.5 font-medium text-zinc-700">
                <span className="size-2 rounded-full" style={{ backgroundColor: SIGNAL_TYPE_STYLES[e.type].color }} aria-hidden="true" />
                {SIGNAL_TYPE_LABELS[e.type]}
              </span>
              <span aria-hidden="true">·</span>
              <span className="tabular-nums">intensity {Math.round(e.intensity * 100)}%</span>
              <span aria-hidden="true">·</span>
              <Time value={e.createdAt} />
            </div>
            <blockquote
              {...quoteAttributes(e.language)}
              className="mt-2 border-s-2 border-zinc-200 ps-3 text-sm leading-relaxed text-zinc-800"
            >
              “{e.quote}”
            </blockquote>
            <QuoteTranslation translation={e.translation} language={e.language} className="mt-1 pl-3.5" />
            {e.context && <p className="mt-1.5 pl-3.5 text-xs text-zinc-500">{e.context}</p>}
            <p className="mt-2 pl-3.5 text-[13px]">
              <span className="text-zinc-600">{who}</span>
              <span className="text-zinc-300"> — </span>
              <Link
                href={sessionMomentPath(projectId, e.session.id, e.offsetMs)}
                className="font-medium text-indigo-700 hover:text-indigo-900 hover:underline"
              >
                {e.offsetMs === null ? "Open session" : `Listen at ${formatMoment(e.offsetMs)}`}
              </Link>
            </p>
            {e.offsetMs !== null && (
              <div className="mt-2 pl-3.5 text-[13px]">
                <ClipPlayer source={{ kind: "session", projectId, sessionId: e.session.id }} momentMs={e.offsetMs} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
