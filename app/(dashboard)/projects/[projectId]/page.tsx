// /projects/[projectId] — the overview: headline numbers, weekly trends, signals by type, the task
// pipeline, the top tasks and the newest sessions. All numbers are aggregated in SQL.
import type { Metadata } from "next";
import Link from "next/link";
import { GetStarted } from "@/components/overview/get-started";
import { ShippedAndVerified } from "@/components/overview/shipped-and-verified";
import { SignalTypes } from "@/components/overview/signal-types";
import { Stat } from "@/components/overview/stat";
import { TaskPipeline } from "@/components/overview/task-pipeline";
import { TopTasks } from "@/components/overview/top-tasks";
import { WeeklyChart } from "@/components/overview/weekly-chart";
import { InterviewerWarningAlert } from "@/components/screeners/interviewer-not-configured-banner";
import { SessionsTable } from "@/components/sessions/sessions-table";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requireSignedInUser } from "@/lib/access/current-user";
import { getProjectPageAccess } from "@/lib/access/project-page-access";
import { hasRole } from "@/lib/access/roles";
import { TREND_WEEKS } from "@/lib/overview/weekly-activity";
import { getProjectOverview } from "@/lib/projects/get-project-overview";
import { isAnthropicConfigured } from "@/lib/ai/anthropic";
import { interviewerSetupWarning } from "@/lib/screeners/interviewer-warning";

type Props = { params: Promise<{ projectId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const access = await getProjectPageAccess((await params).projectId);
  return { title: access.ok ? access.project.name : "Project" };
}

const pct = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}% of sessions` : undefined);

export default async function ProjectOverviewPage({ params }: Props) {
  const { projectId } = await params;
  await requireSignedInUser(`/projects/${encodeURIComponent(projectId)}`);
  const access = await getProjectPageAccess(projectId);
  if (!access.ok) return null; // the layout shows the message
  const { project, role } = access;
  const o = await getProjectOverview({ projectId: project.id });
  const base = `/projects/${project.id}`;
  const s = o.sessions;

  // the overview already knows how many screeners are active
  const interviewerWarning = interviewerSetupWarning({
    interviewerConfigured: isAnthropicConfigured(),
    activeScreeners: o.activeScreeners,
  });

  return (
    <div className="space-y-6 pb-10">
      {interviewerWarning && <InterviewerWarningAlert warning={interviewerWarning} />}
      {project.description && <p className="max-w-3xl text-sm leading-relaxed text-zinc-600">{project.description}</p>}

      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
        <Stat testId="sessions" label="Sessions" value={s.total} />
        <Stat testId="completed" label="Completed" value={s.completed} detail={pct(s.completed, s.total)} />
        <Stat testId="processed" label="Processed" value={s.processed} detail={pct(s.processed, s.total)} />
        <Stat
          testId="failed"
          label="Failed analysis"
          value={s.failed}
          tone="red"
          detail={s.failed ? "Reprocess from the session page" : "None"}
        />
        <Stat testId="signals" label="Signals" value={o.signals} />
        <Stat testId="tasks" label="Tasks" value={o.tasks} detail={`${o.openTasks.toLocaleString("en-US")} open`} />
      </dl>

      {s.total === 0 ? (
        <Card>
          <CardHeader
            title="Get started"
            description="No sessions yet. Evidence, tasks and trends appear here once participants talk to you."
          />
          <CardBody>
            <GetStarted projectId={project.id} admin={hasRole(role, "admin")} />
          </CardBody>
        </Card>
      ) : (
        <>
          <Card>
            <CardHeader
              title="Activity"
              description={`The last ${TREND_WEEKS} weeks, by week (Monday to Sunday, UTC). Session and signal numbers refresh every minute.`}
            />
            <CardBody className="grid gap-8 md:grid-cols-2">
              <div>
                <h3 className="mb-2 flex items-center gap-3 text-[13px] font-medium text-zinc-700">
                  Sessions per week
                  <span className="flex items-center gap-1 text-xs font-normal text-zinc-500">
                    <span className="size-2 rounded-sm bg-indigo-600" aria-hidden="true" /> completed
                    <span className="ml-1.5 size-2 rounded-sm bg-indigo-200" aria-hidden="true" /> not completed
                  </span>
                </h3>
                <WeeklyChart weeks={o.weeks} kind="sessions" />
              </div>
              <div>
                <h3 className="mb-2 text-[13px] font-medium text-zinc-700">Signals per week</h3>
                <WeeklyChart weeks={o.weeks} kind="signals" />
              </div>
            </CardBody>
          </Card>

          <div className="grid gap-6 lg:grid-cols-5">
            <Card className="lg:col-span-2">
              <CardHeader
                title="Signals by type"
                description={`${o.signals.toLocaleString("en-US")} ${o.signals === 1 ? "quote" : "quotes"} from processed sessions.`}
              />
              <CardBody>
                <SignalTypes projectId={project.id} counts={o.signalsByType} />
              </CardBody>
            </Card>
            <Card className="min-w-0 lg:col-span-3">
              <CardHeader title="Top tasks" description="Open tasks with the highest priority." />
              <TopTasks projectId={project.id} tasks={o.topTasks} />
            </Card>
          </div>

          <Card>
            <CardHeader
              title="Task pipeline"
              description="Where the work stands, from backlog to done."
              actions={<ShippedAndVerified projectId={project.id} {...o.shipped} />}
            />
            <CardBody>
              <TaskPipeline projectId={project.id} counts={o.tasksByStatus} />
            </CardBody>
          </Card>

          {/* the whole width: six columns do not fit in a side column at 1440 px (Date and Duration were cut off) */}
          <Card className="min-w-0">
            <CardHeader
              title="Recent sessions"
              actions={
                <Link href={`${base}/sessions`} className="text-[13px] font-medium text-indigo-700 hover:underline">
                  All sessions →
                </Link>
              }
            />
            <SessionsTable projectId={project.id} sessions={o.recentSessions} label="Recent sessions" rowTestId="recent-session" />
          </Card>
        </>
      )}

      <p className="text-xs text-zinc-500">
        {o.members} {o.members === 1 ? "member" : "members"} · {o.screeners} {o.screeners === 1 ? "screener" : "screeners"} (
        {o.activeScreeners} active) · {project.githubRepo ? `GitHub: ${project.githubRepo}` : "No GitHub repository connected"}
      </p>
    </div>
  );
}
