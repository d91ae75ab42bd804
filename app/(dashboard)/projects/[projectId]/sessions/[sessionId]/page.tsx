// /projects/[projectId]/sessions/[sessionId] — one session: replay (audio synced to the transcript,
// screen, events and signals on one clock), participant, summary, processing history; members can
// reprocess or delete. `?t=<ms>` opens the replay at that moment (links from the signals explorer).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JobEngineWait } from "@/components/outbox/job-engine-wait";
import { formatDuration, participantLabel } from "@/components/sessions/format";
import { ParticipantCard } from "@/components/sessions/participant-card";
import { ProcessingHistory } from "@/components/sessions/processing-history";
import { SessionReplay } from "@/components/sessions/replay/session-replay";
import { buildReplayData } from "@/components/sessions/replay-data";
import { LiveRefresh } from "@/components/sessions/live-refresh";
import { SessionActions } from "@/components/sessions/session-actions";
import { VoiceUsagePanel } from "@/components/sessions/voice-usage-panel";
import { ProcessingStatusBadge, SessionStatusBadge } from "@/components/sessions/status-badges";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { requireSignedInUser } from "@/lib/access/current-user";
import { getProjectPageAccess } from "@/lib/access/project-page-access";
import { hasRole, PERMISSION } from "@/lib/access/roles";
import { AppError } from "@/lib/errors";
import { seesOriginalText } from "@/lib/privacy/original-text-access";
import { getEventDensity } from "@/lib/sessions/get-event-density";
import { getRunCosts } from "@/lib/sessions/get-run-costs";
import { getScreenerAnswers } from "@/lib/sessions/get-screener-answers";
import { getSessionDetail } from "@/lib/sessions/get-session-detail";
import { inngestRunUrl } from "@/lib/sessions/inngest-run-url";
import { listSessionEvents } from "@/lib/sessions/list-session-events";
import { getSessionVoiceUsage } from "@/lib/voice/session-voice-usage";

type Props = {
  params: Promise<{ projectId: string; sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// the events that come with the page: a few screens of the panel's scroll box; "Load more events"
// fetches the rest from the API. Each row is ~0.9 KB of HTML and payload, so 100 of them made the
// busiest session's page 221 KB (goal: 150 KB; README Performance).
const FIRST_EVENTS = 30;

async function loadSession(projectId: string, sessionId: string, originalText: boolean) {
  try {
    // events come separately: the first page, and their density for the timeline (a session may have thousands)
    const detail = await getSessionDetail({ projectId, sessionId, events: 0, originalText });
    const [events, density] = await Promise.all([
      listSessionEvents({ projectId, sessionId, query: { limit: FIRST_EVENTS } }),
      getEventDensity({ sessionId, minTotalMs: detail.durationMs ?? 0 }),
    ]);
    return { detail, events, density };
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { projectId } = await params;
  const access = await getProjectPageAccess(projectId);
  return { title: access.ok ? `Session · ${access.project.name}` : "Session" };
}

export default async function SessionPage({ params, searchParams }: Props) {
  const { projectId, sessionId } = await params;
  await requireSignedInUser(`/projects/${encodeURIComponent(projectId)}/sessions/${encodeURIComponent(sessionId)}`);
  const access = await getProjectPageAccess(projectId);
  if (!access.ok) return null; // the layout shows the message
  const { detail: session, events, density } = await loadSession(access.project.id, sessionId, seesOriginalText(access));
  const [answers, costs, voiceUsage] = await Promise.all([
    getScreenerAnswers({ screenerId: session.screenerId, answers: session.response?.answers }),
    getRunCosts({ sessionId: session.id }),
    getSessionVoiceUsage({ sessionId: session.id }),
  ]);
  const canWork = hasRole(access.role, PERMISSION.work);
  const t = Number((await searchParams).t);
  const replay = buildReplayData(session, { first: events.events, nextCursor: events.nextCursor, density }, Number.isFinite(t) ? t : 0);
  const who = participantLabel(session);
  const reprocessHint =
    session.status !== "completed" && session.status !== "abandoned"
      ? "Only ended sessions can be processed"
      : session.processingStatus === "processing"
        ? "Processing is running right now"
        : undefined;

  // an ended session whose processing is queued or running: follow it without a reload
  const processingUnderway =
    session.status !== "active" &&
    session.status !== "pending" &&
    (session.processingStatus === "pending" || session.processingStatus === "processing");

  return (
    <div className="space-y-6">
      <LiveRefresh active={processingUnderway} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1.5">
          <Link href={`/projects/${access.project.id}/sessions`} className="text-[13px] text-zinc-500 hover:text-zinc-800">
            ← All sessions
          </Link>
          <h1 className="truncate text-2xl font-semibold tracking-tight text-zinc-900">{who}</h1>
          <div className="flex flex-wrap items-center gap-2 text-[13px] text-zinc-500">
            <SessionStatusBadge status={session.status} />
            <ProcessingStatusBadge status={session.processingStatus} />
            <span>·</span>
            <span>{session.mode[0].toUpperCase() + session.mode.slice(1)} interview</span>
            <span>·</span>
            <span>{formatDateTime(session.startedAt ?? session.createdAt)}</span>
            <span>·</span>
            <span>{formatDuration(session.durationMs)}</span>
            <span>·</span>
            <span>
              {session.signalCount} {session.signalCount === 1 ? "signal" : "signals"}
            </span>
          </div>
        </div>
        {canWork && (
          <SessionActions
            projectId={access.project.id}
            sessionId={session.id}
            participant={who}
            canReprocess={!reprocessHint}
            reprocessHint={reprocessHint}
          />
        )}
      </div>

      {session.processingStatus === "failed" && session.processingError && (
        <Alert tone="error" title="Processing failed">
          {session.processingError}
        </Alert>
      )}

      {session.waitingForJobEngine && (
        <JobEngineWait wait={session.waitingForJobEngine} canRetry={hasRole(access.role, PERMISSION.manage)} />
      )}

      {session.summary && (
        <Card aria-labelledby="summary-title">
          <CardHeader id="summary-title" title="Summary" />
          <CardBody>
            <p className="max-w-4xl text-sm leading-relaxed whitespace-pre-line text-zinc-700">{session.summary}</p>
          </CardBody>
        </Card>
      )}

      <SessionReplay
        data={replay}
        signalsHref={`/projects/${access.project.id}/signals?sessionId=${session.id}`}
        aside={
          <ParticipantCard
            info={{
              name: session.participantName,
              email: session.participantEmail,
              externalId: session.externalId,
              userAgent: session.userAgent,
              consents: { recording: session.consentRecording, analytics: session.consentAnalytics, followUp: session.consentFollowUp },
              utm: session.response
                ? {
                    source: session.response.utmSource,
                    medium: session.response.utmMedium,
                    campaign: session.response.utmCampaign,
                    term: session.response.utmTerm,
                    content: session.response.utmContent,
                  }
                : null,
              qualified: session.response?.qualified ?? null,
              answers,
            }}
          />
        }
      />

      {voiceUsage && <VoiceUsagePanel usage={voiceUsage} />}

      <ProcessingHistory
        runs={session.processingRuns.map((r) => ({ ...r, inngestUrl: inngestRunUrl(r.inngestRunId) }))}
        costs={costs}
        activity={session.activity}
        totals={{
          costUsd: session.costUsd,
          inputTokens: session.inputTokens,
          outputTokens: session.outputTokens,
          audioSeconds: session.audioSeconds,
        }}
      />
    </div>
  );
}
