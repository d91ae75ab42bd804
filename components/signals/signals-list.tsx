import Link from "next/link";
import type { SignalType } from "@/generated/prisma/enums";
import { formatClock, participantLabel } from "@/components/sessions/format";
import { Time } from "@/components/ui/time";
import { sessionMomentPath } from "@/lib/sessions/session-moment";
import { ScoreMeter } from "./score-meter";
import { SignalTaskLinks } from "./signal-task-links";
import { SignalTypeBadge } from "./signal-type-badge";

export interface SignalRow {
  id: string;
  type: SignalType;
  quote: string;
  context: string | null;
  analysis: string | null;
  intensity: number;
  confidence: number;
  offsetMs: number | null;
  createdAt: Date;
  session: { id: string; participantName: string | null; participantEmail: string | null };
  tasks: { id: string; title: string }[];
}

/** Signals as readable cards: the quote first, then its scores, source moment and tasks. */
export function SignalsList({ projectId, signals, canEdit }: { projectId: string; signals: SignalRow[]; canEdit: boolean }) {
  return (
    <ul className="divide-y divide-zinc-100" aria-label="Signals">
      {signals.map((s) => {
        const moment = sessionMomentPath(projectId, s.session.id, s.offsetMs);
        return (
          <li key={s.id} className="space-y-2.5 px-5 py-4" data-testid="signal-row" data-signal-id={s.id}>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1.5">
              <SignalTypeBadge type={s.type} />
              <ScoreMeter label="Intensity" value={s.intensity} />
              <ScoreMeter label="Confidence" value={s.confidence} />
              <span className="ml-auto text-xs text-zinc-500">
                <Time value={s.createdAt} />
              </span>
            </div>
            <blockquote className="border-l-2 border-zinc-200 pl-3 text-[15px] leading-relaxed text-zinc-900">“{s.quote}”</blockquote>
            {(s.context || s.analysis) && (
              <p className="text-[13px] leading-relaxed text-zinc-500">
                {s.context}
                {s.context && s.analysis && " — "}
                {s.analysis && <span className="text-zinc-600">{s.analysis}</span>}
              </p>
            )}
            <div className="flex flex-wrap items-center justify-between gap-3 text-[13px]">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-zinc-500">
                <span>
                  From <span className="font-medium text-zinc-700">{participantLabel(s.session)}</span>
                </span>
                <Link href={moment} className="font-medium text-indigo-700 hover:underline" data-testid="jump-to-moment">
                  {s.offsetMs !== null ? `Jump to ${formatClock(s.offsetMs)} →` : "Open session →"}
                </Link>
                <Link
                  href={`/projects/${projectId}/signals?sessionId=${s.session.id}`}
                  className="text-zinc-500 hover:text-zinc-800 hover:underline"
                >
                  All from this session
                </Link>
              </div>
              <SignalTaskLinks projectId={projectId} signalId={s.id} tasks={s.tasks} canEdit={canEdit} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
