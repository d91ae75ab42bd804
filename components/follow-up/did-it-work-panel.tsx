// The task page's "Did it work?": the overall verdict with its rule (ADR 017), the before/after rate,
// and per acceptance criterion the participants' verdicts and quotes (redacted, numbered). Before
// there is anything to show, it says what to do next. A server component that reads its own data.
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getTaskVerification, type TaskVerification } from "@/lib/follow-up/get-task-verification";
import type { CriterionStatus, OverallVerdict } from "@/lib/follow-up/overall-verdict";

const OVERALL_TONE: Record<OverallVerdict, BadgeTone> = {
  verified_fixed: "green",
  partly_fixed: "amber",
  not_fixed: "red",
  not_enough_evidence: "neutral",
};

const CRITERION: Record<CriterionStatus, { label: string; tone: BadgeTone }> = {
  fixed: { label: "Fixed", tone: "green" },
  partly: { label: "Partly", tone: "amber" },
  not_fixed: { label: "Not fixed", tone: "red" },
  not_enough_evidence: { label: "Needs answers", tone: "neutral" },
};

const VERDICT_WORD = { fixed: "Fixed", partly: "Partly", not_fixed: "Not fixed", not_tried: "Not tried" } as const;
const VERDICT_BAR = { fixed: "bg-emerald-500", partly: "bg-amber-400", not_fixed: "bg-red-500", not_tried: "bg-zinc-300" } as const;
const IMPACT_WORD = { improved: "improved", no_change: "no change", worse: "worse", not_enough_data: "not enough data yet" } as const;

const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)} %`);

function ago(date: Date | string | null): string {
  if (!date) return "recently";
  const days = Math.floor((Date.now() - new Date(date).getTime()) / 86_400_000);
  return days <= 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
}

export async function DidItWorkPanel({ projectId, taskId }: { projectId: string; taskId: string }) {
  const v = await getTaskVerification({ projectId, taskId });
  return (
    <Card aria-labelledby="did-it-work-title" data-testid="did-it-work-panel">
      <CardHeader
        id="did-it-work-title"
        title="Did it work?"
        description="What the participants behind the evidence say about the shipped change, next to the numbers."
        actions={
          v.implementation && (
            <span data-testid="overall-verdict">
              <Badge tone={OVERALL_TONE[v.overall.verdict]}>{v.overall.label}</Badge>
            </span>
          )
        }
      />
      <CardBody className="space-y-4">
        <Summary v={v} />
        {v.criteria.length > 0 && v.participants > 0 && <Criteria v={v} />}
      </CardBody>
    </Card>
  );
}

function Summary({ v }: { v: TaskVerification }) {
  if (!v.implementation)
    return (
      <p className="text-[13px] text-zinc-600">
        Nothing shipped yet. Once this task&apos;s pull request is merged, invite the participants behind the evidence to a short follow-up
        interview: their verdicts per acceptance criterion appear here.
      </p>
    );
  const inv = v.invitations;
  const merged = `Merged ${ago(v.implementation.mergedAt)}`;
  return (
    <div className="space-y-2 text-[13px] text-zinc-700">
      {v.participants === 0 ? (
        <p data-testid="did-it-work-next-step">
          {inv.total === 0
            ? `${merged} — invite the participants behind the evidence to tell you whether the problem is gone.`
            : `${merged} — ${inv.sent} of ${inv.total} invited participants reached, ${inv.opened} opened the link, ${inv.completed} completed. Verdicts appear here once their follow-up interviews are processed.`}
        </p>
      ) : (
        <p data-testid="overall-reason">
          {v.overall.reason}{" "}
          <span className="text-zinc-500">
            ({v.participants} {v.participants === 1 ? "participant" : "participants"}; rule{" "}
            <code className="text-xs">{v.overall.rule}</code>)
          </span>
        </p>
      )}
      {v.impact ? (
        <p data-testid="did-it-work-impact">
          <span className="font-medium">Impact:</span> {pct(v.impact.baselineRate)} of {v.impact.baselineSessions} sessions before the merge
          → {pct(v.impact.currentRate)} of {v.impact.currentSessions} after
          {v.impact.changePercent !== null && ` (${v.impact.changePercent > 0 ? "+" : ""}${v.impact.changePercent} %)`}:{" "}
          {IMPACT_WORD[v.impact.verdict]}.
        </p>
      ) : (
        <p className="text-zinc-500">No impact measurement yet: the problem&apos;s rate in new sessions is measured after the window.</p>
      )}
      {v.overall.disagreement && (
        <Alert tone="warning" title="Participants and numbers disagree">
          {v.overall.disagreement}
        </Alert>
      )}
    </div>
  );
}

function Criteria({ v }: { v: TaskVerification }) {
  return (
    <ol className="space-y-4" aria-label="Acceptance criteria">
      {v.criteria.map((c) => {
        const total = c.counts.fixed + c.counts.partly + c.counts.not_fixed + c.counts.not_tried;
        return (
          <li key={c.index} className="space-y-2 rounded-md border border-zinc-200 px-4 py-3" data-testid="criterion">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="min-w-0 text-[13px] font-semibold text-zinc-900">
                {c.index + 1}. {c.criterion}
              </h3>
              <Badge tone={CRITERION[c.status].tone}>{CRITERION[c.status].label}</Badge>
            </div>
            {total > 0 && (
              <div className="flex h-1.5 overflow-hidden rounded-full bg-zinc-100" aria-hidden="true">
                {(["fixed", "partly", "not_fixed", "not_tried"] as const).map((k) =>
                  c.counts[k] ? <span key={k} className={VERDICT_BAR[k]} style={{ width: `${(c.counts[k] / total) * 100}%` }} /> : null,
                )}
              </div>
            )}
            <p className="text-xs text-zinc-600" data-testid="criterion-counts">
              {c.counts.fixed} fixed · {c.counts.partly} partly · {c.counts.not_fixed} not fixed · {c.counts.not_tried} not tried
            </p>
            {c.quotes.length > 0 && (
              <ul className="space-y-1.5 text-[13px]">
                {c.quotes.map((q) => (
                  <li key={`${q.sessionId}-${c.index}`} className="text-zinc-700">
                    <span className="font-medium text-zinc-900">{q.participant}</span> · {VERDICT_WORD[q.verdict]}
                    {q.verdict !== "not_tried" && !q.counted && <span className="text-zinc-500"> (unclear, not counted)</span>}
                    {q.quote && <> — &ldquo;{q.quote}&rdquo;</>}{" "}
                    <Link href={q.momentPath} className="text-indigo-700 underline underline-offset-2 hover:no-underline">
                      Open moment<span className="sr-only"> ({q.participant} in the session)</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
