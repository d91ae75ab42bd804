"use client";

// A client component although it has no state: its props (compact rows, ./to-signal-card)
// are a fraction of the RSC payload a server-rendered list of the same cards would add to the page.
import Link from "next/link";
import { ClipPlayer } from "@/components/clips/clip-player";
import { QuoteTranslation, quoteAttributes } from "@/components/languages/quote-translation";
import { ShareButton } from "@/components/sharing/share-button";
import { formatClock } from "@/components/sessions/format";
import { Time } from "@/components/ui/time";
import { sessionMomentPath } from "@/lib/sessions/session-moment";
import type { SignalCard } from "./to-signal-card";
import { ScoreMeter } from "./score-meter";
import { SignalTaskLinks } from "./signal-task-links";
import { SignalTypeBadge } from "./signal-type-badge";

/** Signals as readable cards: the quote first, then its scores, source moment and tasks. */
export function SignalsList({ projectId, signals, canEdit }: { projectId: string; signals: SignalCard[]; canEdit: boolean }) {
  return (
    <ul className="divide-y divide-zinc-100" aria-label="Signals">
      {signals.map((s) => (
        <li key={s.id} className="space-y-2.5 px-5 py-4" data-testid="signal-row" data-signal-id={s.id}>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1.5">
            <SignalTypeBadge type={s.type} />
            <ScoreMeter label="Intensity" value={s.intensity} />
            <ScoreMeter label="Confidence" value={s.confidence} />
            <span className="ml-auto text-xs text-zinc-500">
              <Time value={s.createdAt} />
            </span>
          </div>
          <blockquote
            {...quoteAttributes(s.language)}
            className="border-s-2 border-zinc-200 ps-3 text-[15px] leading-relaxed text-zinc-900"
          >{`“${s.quote}”`}</blockquote>
          <QuoteTranslation translation={s.translation} language={s.language} className="pl-3.5" />
          {(s.context || s.analysis) && (
            <p className="text-[13px] leading-relaxed text-zinc-500">
              {s.context && s.analysis ? `${s.context} — ` : s.context}
              {s.analysis && <span className="text-zinc-600">{s.analysis}</span>}
            </p>
          )}
          <div className="flex flex-wrap items-center justify-between gap-3 text-[13px]">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-zinc-500">
              <span>
                From <span className="font-medium text-zinc-700">{s.from}</span>
              </span>
              <Link
                href={sessionMomentPath(projectId, s.sessionId, s.offsetMs)}
                className="font-medium text-indigo-700 hover:underline"
                data-testid="jump-to-moment"
              >
                {s.offsetMs !== null ? `Jump to ${formatClock(s.offsetMs)} →` : "Open session →"}
              </Link>
              <Link
                href={`/projects/${projectId}/signals?sessionId=${s.sessionId}`}
                className="text-zinc-500 hover:text-zinc-800 hover:underline"
              >
                All from this session
              </Link>
            </div>
            <SignalTaskLinks projectId={projectId} signalId={s.id} tasks={s.tasks} canEdit={canEdit} />
          </div>
          {/* a row of their own: beside the links above they would crowd them below 24 px apart on phones */}
          {(s.offsetMs !== null || canEdit) && (
            <div className="flex flex-wrap items-center gap-x-4 text-[13px]">
              {s.offsetMs !== null && <ClipPlayer source={{ kind: "session", projectId, sessionId: s.sessionId }} momentMs={s.offsetMs} />}
              {canEdit && <ShareButton projectId={projectId} target={{ signalId: s.id }} />}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
