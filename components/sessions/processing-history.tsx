import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { formatDateTime } from "@/components/ui/format";
import { describeExtractionOutput } from "@/lib/processing/extraction-step-output";
import type { RunCost } from "@/lib/sessions/get-run-costs";
import { processingStepLabel, processingTriggerLabel, sessionActivityLabel } from "@/lib/sessions/processing-labels";
import { formatDuration, formatUsd } from "./format";

type RunStatus = "running" | "succeeded" | "failed" | "skipped";
const tone: Record<RunStatus, BadgeTone> = { running: "indigo", succeeded: "green", failed: "red", skipped: "neutral" };

export interface HistoryRun {
  id: string;
  trigger: string;
  status: RunStatus;
  attempt: number;
  error: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  inngestUrl: string | null;
  steps: { id: string; name: string; status: RunStatus; error: string | null; output: unknown; startedAt: Date; finishedAt: Date | null }[];
}

export interface HistoryActivity {
  kind: string;
  message: string | null;
  createdAt: Date;
}

/** The reasons an extract step gave for what it dropped, shown on hover. */
const dropExamples = (output: unknown) =>
  output && typeof output === "object" && "dropExamples" in output && Array.isArray(output.dropExamples)
    ? output.dropExamples.join("\n")
    : undefined;

const elapsed = (a: Date, b: Date | null) => (b ? formatDuration(b.getTime() - a.getTime()) : "running");

/** A step's output as short "key value" facts; nested values are summarised, never dumped. */
function outputFacts(output: unknown): string[] {
  // an extract step: signals kept, and quotes dropped because they were not the participant's words
  const extraction = describeExtractionOutput(output);
  if (extraction) return extraction;
  if (!output || typeof output !== "object" || Array.isArray(output)) return [];
  return Object.entries(output as Record<string, unknown>)
    .slice(0, 4)
    .map(
      ([k, v]) =>
        `${k.replace(/([A-Z])/g, " $1").toLowerCase()} ${typeof v === "object" && v !== null ? (Array.isArray(v) ? `${v.length} items` : "…") : String(v)}`,
    );
}

/**
 * Every processing attempt with its steps, errors and model cost, the link to the run in Inngest,
 * and the server-side activity log (ended, processing_started, processing_failed, processed…).
 */
export function ProcessingHistory({
  runs,
  costs,
  activity,
  totals,
  actions,
}: {
  runs: HistoryRun[];
  costs: Map<string, RunCost>;
  activity: HistoryActivity[];
  totals: { costUsd: number; inputTokens: number; outputTokens: number; audioSeconds: number };
  actions?: React.ReactNode;
}) {
  return (
    <Card aria-labelledby="processing-title">
      <CardHeader
        id="processing-title"
        title="Processing history"
        description={`Total model cost ${formatUsd(totals.costUsd)} · ${totals.inputTokens.toLocaleString("en-US")} input / ${totals.outputTokens.toLocaleString("en-US")} output tokens${totals.audioSeconds ? ` · ${Math.round(totals.audioSeconds)} s of audio transcribed` : ""}`}
        actions={actions}
      />
      <div className="grid grid-cols-1 gap-0 lg:grid-cols-[minmax(0,1fr)_320px]">
        <div className="divide-y divide-zinc-100">
          {runs.length === 0 && <p className="px-5 py-8 text-center text-[13px] text-zinc-500">This session has not been processed yet.</p>}
          {runs.map((run) => {
            const cost = costs.get(run.id);
            return (
              <section
                key={run.id}
                className="space-y-3 px-5 py-4"
                aria-label={`Run of ${formatDateTime(run.startedAt)}`}
                data-testid="processing-run"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={tone[run.status]} className="capitalize">
                    {run.status}
                  </Badge>
                  <span className="text-[13px] font-medium text-zinc-800">{formatDateTime(run.startedAt)}</span>
                  <span className="text-xs text-zinc-500">
                    <span title={`trigger: ${run.trigger}`}>{processingTriggerLabel(run.trigger)}</span> · attempt {run.attempt + 1} ·{" "}
                    {elapsed(run.startedAt, run.finishedAt)}
                    {cost && ` · ${formatUsd(cost.costUsd)} in ${cost.calls} model ${cost.calls === 1 ? "call" : "calls"}`}
                  </span>
                  {run.inngestUrl && (
                    <a
                      href={run.inngestUrl}
                      target="_blank"
                      rel="noreferrer"
                      className="ml-auto text-xs font-medium text-indigo-700 hover:underline"
                    >
                      Open in Inngest ↗
                    </a>
                  )}
                </div>
                {run.error && (
                  <p role="note" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-[13px] text-red-800">
                    {run.error}
                  </p>
                )}
                {run.steps.length > 0 && (
                  <ol className="space-y-1">
                    {run.steps.map((step) => (
                      <li
                        key={step.id}
                        // on a phone the step's facts go under its name, so the row fits 320 px
                        className="grid grid-cols-[16px_minmax(0,1fr)_auto] items-start gap-x-2 text-[13px] sm:grid-cols-[16px_190px_minmax(0,1fr)_70px] sm:gap-y-2"
                        data-testid="processing-step"
                      >
                        <span
                          className={cx(
                            "mt-1.5 size-2 rounded-full",
                            step.status === "succeeded"
                              ? "bg-emerald-500"
                              : step.status === "failed"
                                ? "bg-red-500"
                                : step.status === "running"
                                  ? "animate-pulse bg-indigo-500"
                                  : "bg-zinc-300",
                          )}
                          // a name on a plain span is ignored by screen readers; as an image the dot says its status
                          role="img"
                          aria-label={step.status}
                        />
                        {/* the step in words; its id (as in Inngest and the logs) on hover */}
                        <span className="text-xs leading-5 text-zinc-700" title={`step id: ${step.name}`}>
                          {processingStepLabel(step.name)}
                        </span>
                        <span className="min-w-0 text-xs leading-5 text-zinc-500 max-sm:col-span-2 max-sm:col-start-2 max-sm:row-start-2">
                          {step.error ? (
                            <span className="text-red-700">{step.error}</span>
                          ) : (
                            <span title={dropExamples(step.output)}>{outputFacts(step.output).join(" · ") || step.status}</span>
                          )}
                        </span>
                        <span className="text-right text-xs leading-5 text-zinc-500 tabular-nums">
                          {elapsed(step.startedAt, step.finishedAt)}
                        </span>
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            );
          })}
        </div>
        <div className="border-t border-zinc-100 px-5 py-4 lg:border-t-0 lg:border-l">
          <h3 className="mb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Activity</h3>
          {activity.length === 0 ? (
            <p className="text-[13px] text-zinc-500">No server activity recorded.</p>
          ) : (
            <ol className="space-y-2">
              {activity.map((a, i) => (
                <li key={i} className="text-[13px]">
                  <span
                    className={cx("text-xs font-medium", a.kind.includes("failed") ? "text-red-700" : "text-zinc-700")}
                    title={`kind: ${a.kind}`}
                  >
                    {sessionActivityLabel(a.kind)}
                  </span>
                  <span className="block text-xs text-zinc-500">{formatDateTime(a.createdAt)}</span>
                  {a.message && <span className="block text-xs text-zinc-600">{a.message}</span>}
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </Card>
  );
}
