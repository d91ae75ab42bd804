// The public page of a share link: what the team found and the participants' own words, each quote
// with its clip. A server component; only the clip players are client code.
import { ClipPlayer } from "@/components/clips/clip-player";
import { Logo } from "@/components/brand/logo";
import { formatClock } from "@/components/sessions/format";
import { SignalTypeBadge } from "@/components/signals/signal-type-badge";
import type { SharedEvidence } from "@/lib/sharing/get-shared-evidence";

type Active = Extract<SharedEvidence, { state: "active" }>;

function clipUrl(token: string, signalId: string, kind: "audio" | "screen") {
  return `/api/share/${encodeURIComponent(token)}/clips/${encodeURIComponent(signalId)}/${kind}`;
}

export function SharedEvidenceView({ token, evidence }: { token: string; evidence: Active }) {
  const participants = new Set(evidence.quotes.map((q) => q.participant)).size;
  return (
    <div className="min-h-screen bg-zinc-50">
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-5 py-3">
          <Logo />
          <span className="text-xs text-zinc-500">Shared evidence · read only</span>
        </div>
      </header>
      <main className="mx-auto max-w-3xl space-y-6 px-5 py-8">
        <div className="space-y-2">
          <p className="text-[13px] font-medium text-zinc-500">{evidence.projectName}</p>
          <h1 className="text-2xl font-semibold tracking-tight text-zinc-900" data-testid="shared-title">
            {evidence.title}
          </h1>
          {evidence.description && <p className="text-[15px] leading-relaxed whitespace-pre-wrap text-zinc-700">{evidence.description}</p>}
          <p className="text-[13px] text-zinc-500">
            {evidence.kind === "task"
              ? `${evidence.quotes.length} ${evidence.quotes.length === 1 ? "quote" : "quotes"} from ${participants} ${participants === 1 ? "participant" : "participants"}`
              : "One participant's words"}
            {" · "}personal details are removed from every quote.
          </p>
        </div>

        {evidence.quotes.length === 0 ? (
          <p className="rounded-lg border border-zinc-200 bg-white px-5 py-8 text-center text-sm text-zinc-500">No quotes yet.</p>
        ) : (
          <ul className="space-y-3" aria-label="Quotes">
            {evidence.quotes.map((q) => (
              <li key={q.signalId} className="space-y-3 rounded-lg border border-zinc-200 bg-white px-5 py-4" data-testid="shared-quote">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-[13px] text-zinc-500">
                  <SignalTypeBadge type={q.type} />
                  <span className="font-medium text-zinc-700">Participant {q.participant}</span>
                  {q.momentMs !== null && <span className="tabular-nums">at {formatClock(q.momentMs)} into the session</span>}
                </div>
                <blockquote className="border-l-2 border-zinc-200 pl-3 text-[15px] leading-relaxed text-zinc-900">{`“${q.quote}”`}</blockquote>
                {q.momentMs !== null && (q.audio || q.screen) && (
                  <ClipPlayer
                    momentMs={q.momentMs}
                    source={{
                      kind: "shared",
                      audio: q.audio && { url: clipUrl(token, q.signalId, "audio"), startSec: q.audio.startSec, endSec: q.audio.endSec },
                      screen: q.screen && {
                        url: clipUrl(token, q.signalId, "screen"),
                        startSec: q.screen.startSec,
                        endSec: q.screen.endSec,
                      },
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="text-xs text-zinc-500">
          This link works until {evidence.expiresAt.toISOString().slice(0, 10)} unless the team revokes it sooner. Please do not forward it
          outside your organisation.
        </p>
      </main>
    </div>
  );
}
