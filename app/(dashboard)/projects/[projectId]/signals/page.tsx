// /projects/[projectId]/signals — the signals explorer: filters (type, intensity, confidence, session,
// task, dates, quote search) in the URL, keyset pagination on the server, link/unlink to tasks for
// members, and a jump to each signal's moment in its session.
import type { Metadata } from "next";
import { CursorPager } from "@/components/sessions/cursor-pager";
import { filtersOnly, listQueryFrom, pageProblem, type SearchParams, withInclusiveTo } from "@/components/sessions/list-query";
import { SignalFilters } from "@/components/signals/signal-filters";
import { SignalsList } from "@/components/signals/signals-list";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { filterProblem, InvalidFilters, NoMatches } from "@/components/filters/filter-states";
import { PageHeader } from "@/components/ui/page-header";
import { requireSignedInUser } from "@/lib/access/current-user";
import { getProjectPageAccess } from "@/lib/access/project-page-access";
import { hasRole, PERMISSION } from "@/lib/access/roles";
import { getSessionLabel } from "@/lib/sessions/get-session-label";
import { listSignals } from "@/lib/signals/list-signals";
import { listSignalsQuery } from "@/lib/signals/schemas";
import { toSignalCard } from "@/components/signals/to-signal-card";
import { listTaskOptions } from "@/lib/tasks/list-task-options";

type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<SearchParams> };

const KEYS = ["q", "type", "minIntensity", "minConfidence", "sessionId", "taskId", "from", "to", "cursor"] as const;
// Page size and task choices keep the page's HTML under 150 KB with 200,000 signals and 5,000 tasks
// (npm run bench:dashboard): each card costs ~4 KB; the Next link pages on, without JavaScript too.
const PAGE_SIZE = 20;
const TASK_CHOICES = 50;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const access = await getProjectPageAccess((await params).projectId);
  return { title: access.ok ? `Signals · ${access.project.name}` : "Signals" };
}

export default async function SignalsPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  await requireSignedInUser(`/projects/${encodeURIComponent(projectId)}/signals`);
  const access = await getProjectPageAccess(projectId);
  if (!access.ok) return null; // the layout shows the message
  const project = access.project;
  const basePath = `/projects/${project.id}/signals`;
  const canEdit = hasRole(access.role, PERMISSION.work);
  const { query, page } = listQueryFrom(await searchParams, KEYS);
  const parsed = listSignalsQuery.safeParse({ limit: PAGE_SIZE, ...withInclusiveTo(query) });
  const filtered = Object.keys(filtersOnly(query)).length > 0;

  // one round of queries: the task filter offers the 50 highest-priority tasks (id and title only; a
  // task further down is filtered on from its own page, and shows here as "Selected task"),
  // the session chip names its participant, and the page of signals itself
  const [tasks, sessionLabel, result] = await Promise.all([
    listTaskOptions({ projectId: project.id, limit: TASK_CHOICES }),
    query.sessionId ? getSessionLabel({ projectId: project.id, sessionId: query.sessionId }) : Promise.resolve(null),
    parsed.success ? listSignals({ projectId: project.id, query: parsed.data }).catch(pageProblem) : Promise.resolve(null),
  ]);
  const filters = <SignalFilters basePath={basePath} values={query} tasks={tasks} sessionLabel={sessionLabel} />;
  const header = (
    <PageHeader
      title="Signals"
      description="Evidence from every session: what participants struggled with, worked around, wanted and chose by. Link signals to the tasks they support."
    />
  );

  const problem = parsed.success ? null : filterProblem(parsed.error);
  if (!result || "problem" in result) {
    return (
      <div className="space-y-6">
        {header}
        <Card>
          {filters}
          <InvalidFilters basePath={basePath} problem={problem ?? result?.problem ?? ""} />
        </Card>
      </div>
    );
  }

  const { signals, nextCursor } = result;
  return (
    <div className="space-y-6">
      {header}
      <Card>
        {filters}
        {signals.length === 0 ? (
          filtered ? (
            <NoMatches
              basePath={basePath}
              title="No signals match these filters"
              description="Try fewer words, another type or a lower intensity or confidence."
            />
          ) : (
            <EmptyState
              title="No signals yet"
              description="Signals are extracted from each session when it has been processed. Finished sessions appear here a few minutes after they end."
            />
          )
        ) : (
          <>
            <SignalsList projectId={project.id} signals={signals.map(toSignalCard)} canEdit={canEdit} />
            <CursorPager
              basePath={basePath}
              query={filtersOnly(query)}
              nextCursor={nextCursor}
              page={page}
              shown={signals.length}
              noun={signals.length === 1 ? "signal" : "signals"}
            />
          </>
        )}
      </Card>
    </div>
  );
}
