// The task page's implementation loop: the current attempt (spec, pull request, errors), its actions,
// and the impact history after a merge. A server component; the buttons and the chart are client parts.
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { Time } from "@/components/ui/time";
import { getGithubConnection } from "@/lib/github/get-github-connection";
import type { MeasurementView } from "@/lib/impact/measurement-view";
import type { ImplementationView } from "@/lib/implementations/implementation-view";
import { listTaskImplementations } from "@/lib/implementations/list-implementations";
import { AutoRefresh } from "./auto-refresh";
import { ImpactChart } from "./impact-chart";
import { ImplementationActions } from "./implementation-actions";
import { IMPLEMENTATION_STATUS, IN_PROGRESS, VERDICT } from "./labels";
import { SpecMarkdown } from "./spec-markdown";

const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)} %`);

export type ImplementationLoop = Awaited<ReturnType<typeof listTaskImplementations>>;

/**
 * `loop` is read by the page before the task itself: the pull request and the task's move to
 * In review commit together, so reading in this order never shows the pull request next to a stale
 * task status (and the auto-refresh stops once the pull request is open).
 */
export async function ImplementationPanel({
  projectId,
  taskId,
  canAct,
  loop,
}: {
  projectId: string;
  taskId: string;
  canAct: boolean;
  loop: ImplementationLoop;
}) {
  const { implementations, measurements } = loop;
  const connection = await getGithubConnection({ projectId });
  const latest = implementations[0] ?? null;
  const current = latest && latest.status !== "merged" && latest.status !== "closed" ? latest : null;
  const busy = current !== null && IN_PROGRESS.includes(current.status);
  const merged = implementations.find((i) => i.status === "merged") ?? null;
  const repository = connection?.repository ?? null;
  const idle = !current || current.status === "spec_ready" || current.status === "failed";
  const actions = {
    // after a merge the loop continues with measurement; a new problem becomes a new task
    canSpec: latest?.status !== "merged" && idle,
    canImplement: latest?.status !== "merged" && idle,
    connected: Boolean(repository),
    canMeasure: Boolean(merged),
    hasSpec: Boolean(current?.spec),
  };

  return (
    <Card aria-labelledby="implementation-title" data-testid="implementation-panel">
      <CardHeader
        id="implementation-title"
        title="Implementation"
        description={
          repository ? (
            <>
              Spec, pull request on <span className="font-mono">{repository}</span>, and whether the problem went away.
            </>
          ) : (
            "Spec, pull request, and whether the problem went away."
          )
        }
        actions={
          latest && (
            <span data-testid="implementation-status">
              <Badge tone={IMPLEMENTATION_STATUS[latest.status].tone}>{IMPLEMENTATION_STATUS[latest.status].label}</Badge>
            </span>
          )
        }
      />
      <CardBody className="space-y-5">
        {busy && <AutoRefresh />}
        {!latest && (
          <p className="text-[13px] text-zinc-600">
            {canAct
              ? "No spec yet. Generate one from this task's evidence, then open a pull request that carries the participants' words."
              : "No spec or pull request for this task yet."}
          </p>
        )}
        {!repository && canAct && (
          <Alert tone="info">
            No GitHub repository is connected.{" "}
            <Link href={`/projects/${projectId}/settings#github`} className="font-medium underline underline-offset-2">
              Connect one in Settings
            </Link>{" "}
            to open pull requests; specs and dry runs work without it.
          </Alert>
        )}
        {busy && current && <Working status={current.status} />}
        {latest?.status === "failed" && latest.error && (
          <Alert tone="error" title="The last attempt failed">
            <span data-testid="implementation-error">{latest.error}</span>
          </Alert>
        )}
        {latest && <PullRequest implementation={latest} />}
        {latest?.spec && (
          <details open={!latest.prUrl} className="group rounded-md border border-zinc-200">
            <summary className="flex cursor-pointer items-center justify-between px-4 py-2.5 text-[13px] font-medium text-zinc-800 select-none hover:bg-zinc-50">
              <span>
                Spec
                {latest.specGeneratedAt && (
                  <span className="ml-2 font-normal text-zinc-500">
                    written <Time value={latest.specGeneratedAt} />
                  </span>
                )}
              </span>
              <span className="text-zinc-500 group-open:rotate-180">▾</span>
            </summary>
            <div className="border-t border-zinc-100 px-4 pt-1 pb-3">
              <SpecMarkdown markdown={latest.spec} />
            </div>
          </details>
        )}
        {(merged || measurements.length > 0) && <Impact measurements={measurements} mergedAt={merged?.mergedAt ?? null} />}
        {implementations.length > 1 && <EarlierAttempts implementations={implementations.slice(1)} />}
      </CardBody>
      {canAct && (actions.canSpec || actions.canImplement || actions.canMeasure) && (
        <CardFooter className="justify-start">
          <ImplementationActions projectId={projectId} taskId={taskId} state={actions} />
        </CardFooter>
      )}
    </Card>
  );
}

function Working({ status }: { status: ImplementationView["status"] }) {
  return (
    <div
      role="status"
      className="flex items-center gap-2.5 rounded-md border border-indigo-100 bg-indigo-50/60 px-3.5 py-2.5 text-[13px] text-indigo-900"
    >
      <svg className="size-4 animate-spin text-indigo-500" viewBox="0 0 24 24" fill="none" aria-hidden="true">
        <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
        <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      </svg>
      {status === "pending"
        ? "Writing the spec from the evidence and the repository…"
        : "Opening the pull request: branch, spec commit, evidence, labels…"}
    </div>
  );
}

function PullRequest({ implementation: i }: { implementation: ImplementationView }) {
  if (i.prUrl && i.prNumber) {
    return (
      <div className="rounded-md border border-zinc-200 px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <a
            href={i.prUrl}
            target="_blank"
            rel="noreferrer"
            data-testid="pr-link"
            className="text-sm font-medium text-zinc-900 hover:text-indigo-700"
          >
            <span className="text-zinc-500">#{i.prNumber}</span> {i.prTitle ?? "Pull request"} <span aria-hidden="true">↗</span>
          </a>
          <Badge tone={i.prState === "merged" ? "indigo" : i.prState === "open" ? "green" : "neutral"} className="capitalize">
            {i.prState ?? "open"}
          </Badge>
        </div>
        <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-xs text-zinc-500">
          <div>
            <dt className="inline">Branch </dt>
            <dd className="inline font-mono text-zinc-700">{i.branch}</dd>
          </div>
          {i.commitSha && (
            <div>
              <dt className="inline">Commit </dt>
              <dd className="inline font-mono text-zinc-700">{i.commitSha.slice(0, 7)}</dd>
            </div>
          )}
          {i.mergedAt && (
            <div>
              <dt className="inline">Merged </dt>
              <dd className="inline text-zinc-700">
                <Time value={i.mergedAt} />
              </dd>
            </div>
          )}
        </dl>
      </div>
    );
  }
  if (i.dryRun && i.prBody) {
    return (
      <div className="space-y-2 rounded-md border border-dashed border-zinc-300 px-4 py-3" data-testid="dry-run">
        <p className="text-[13px] text-zinc-700">
          <span className="font-medium text-zinc-900">Dry run</span> — nothing was pushed. Would open{" "}
          <span className="font-medium">“{i.prTitle}”</span> from <span className="font-mono text-xs">{i.branch}</span>.
        </p>
        <details>
          <summary className="cursor-pointer text-xs font-medium text-indigo-700">Pull request body</summary>
          <div className="mt-2 border-l-2 border-zinc-100 pl-3">
            <SpecMarkdown markdown={i.prBody} />
          </div>
        </details>
      </div>
    );
  }
  return null;
}

function Impact({ measurements, mergedAt }: { measurements: MeasurementView[]; mergedAt: Date | null }) {
  const last = measurements.at(-1);
  return (
    <section aria-labelledby="impact-title" className="space-y-3 rounded-md border border-zinc-200 px-4 py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="impact-title" className="text-[13px] font-semibold text-zinc-900">
          Impact
        </h3>
        {last && (
          <span data-testid="impact-verdict">
            <Badge tone={VERDICT[last.verdict].tone}>{VERDICT[last.verdict].label}</Badge>
          </span>
        )}
      </div>
      {!last ? (
        <p className="text-[13px] text-zinc-600">
          Merged {mergedAt ? <Time value={mergedAt} /> : "recently"}. The problem&apos;s rate is measured automatically at the end of the
          window; &ldquo;Measure now&rdquo; gives an early reading.
        </p>
      ) : (
        <>
          <p className="text-[13px] text-zinc-700" data-testid="impact-summary">
            {pct(last.baseline.rate)} of {last.baseline.sessions} sessions before the merge → {pct(last.current.rate)} of{" "}
            {last.current.sessions} after
            {last.changePercent !== null && (
              <>
                {" "}
                ({last.changePercent > 0 ? "+" : ""}
                {last.changePercent} %)
              </>
            )}
            {last.verdict === "not_enough_data" && (
              <span className="text-zinc-500"> — too few sessions after the merge for a verdict yet.</span>
            )}
          </p>
          <ImpactChart
            points={measurements.map((m, i) => ({
              label: `#${i + 1}`,
              baseline: m.baseline.rate === null ? null : m.baseline.rate * 100,
              current: m.current.rate === null ? null : m.current.rate * 100,
              color: VERDICT[m.verdict].color,
            }))}
          />
          <ol className="divide-y divide-zinc-100 text-xs">
            {[...measurements].reverse().map((m, idx) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                <span className="text-zinc-500">
                  #{measurements.length - idx} · <Time value={m.createdAt} />
                </span>
                <span className="text-zinc-700">
                  {pct(m.baseline.rate)} → {pct(m.current.rate)} · {m.baseline.sessions}/{m.current.sessions} sessions
                </span>
                <Badge tone={VERDICT[m.verdict].tone}>{VERDICT[m.verdict].label}</Badge>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function EarlierAttempts({ implementations }: { implementations: ImplementationView[] }) {
  return (
    <div className="space-y-1.5">
      <h3 className="text-xs font-medium text-zinc-500">Earlier attempts</h3>
      <ul className="space-y-1 text-xs text-zinc-600">
        {implementations.map((i) => (
          <li key={i.id} className="flex items-center gap-2">
            <Badge tone={IMPLEMENTATION_STATUS[i.status].tone}>{IMPLEMENTATION_STATUS[i.status].label}</Badge>
            {i.prUrl ? (
              <a href={i.prUrl} target="_blank" rel="noreferrer" className="hover:text-indigo-700">
                #{i.prNumber} {i.prTitle}
              </a>
            ) : (
              <span>{i.error ?? (i.dryRun ? "Dry run" : "Spec only")}</span>
            )}
            <Time value={i.createdAt} />
          </li>
        ))}
      </ul>
    </div>
  );
}
