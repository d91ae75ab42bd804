// /projects/[projectId]/sessions — the project's sessions, newest first: filters (status, processing,
// participant, dates) in the URL, keyset pagination on the server.
import type { Metadata } from "next";
import { CursorPager } from "@/components/sessions/cursor-pager";
import { filtersOnly, listQueryFrom, pageProblem, type SearchParams, withInclusiveTo } from "@/components/sessions/list-query";
import { SessionFilters } from "@/components/sessions/session-filters";
import { SessionsTable } from "@/components/sessions/sessions-table";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { filterProblem, InvalidFilters, NoMatches } from "@/components/filters/filter-states";
import { PageHeader } from "@/components/ui/page-header";
import { requireSignedInUser } from "@/lib/access/current-user";
import { getProjectPageAccess } from "@/lib/access/project-page-access";
import { listSessions } from "@/lib/sessions/list-sessions";
import { listSessionsQuery } from "@/lib/sessions/schemas";

type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<SearchParams> };

const KEYS = ["q", "status", "processingStatus", "from", "to", "cursor"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const access = await getProjectPageAccess((await params).projectId);
  return { title: access.ok ? `Sessions · ${access.project.name}` : "Sessions" };
}

export default async function SessionsPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  await requireSignedInUser(`/projects/${encodeURIComponent(projectId)}/sessions`);
  const access = await getProjectPageAccess(projectId);
  if (!access.ok) return null; // the layout shows the message
  const basePath = `/projects/${access.project.id}/sessions`;
  const { query, page } = listQueryFrom(await searchParams, KEYS);
  const parsed = listSessionsQuery.safeParse(withInclusiveTo(query));
  const filtered = Object.keys(filtersOnly(query)).length > 0;

  const header = (
    <PageHeader
      title="Sessions"
      description="Every interview and recorded visit: who took part, how far it got, and what the analysis found."
    />
  );
  const problem = parsed.success ? null : filterProblem(parsed.error);
  const result = parsed.success ? await listSessions({ projectId: access.project.id, query: parsed.data }).catch(pageProblem) : null;
  if (!result || "problem" in result) {
    return (
      <div className="space-y-6">
        {header}
        <Card>
          <SessionFilters basePath={basePath} values={query} />
          <InvalidFilters basePath={basePath} problem={problem ?? result?.problem ?? ""} />
        </Card>
      </div>
    );
  }

  const { sessions, nextCursor } = result;
  return (
    <div className="space-y-6">
      {header}
      <Card>
        <SessionFilters basePath={basePath} values={query} />
        {sessions.length === 0 ? (
          filtered ? (
            <NoMatches
              basePath={basePath}
              title="No sessions match these filters"
              description="Try another status, a wider date range or part of the participant's name or email."
            />
          ) : (
            <EmptyState
              title="No sessions yet"
              description="Sessions appear here when participants start an interview from a screener link or a site with the recording snippet."
              action={
                <ButtonLink href={`/projects/${access.project.id}/screeners`} variant="secondary">
                  Go to screeners
                </ButtonLink>
              }
            />
          )
        ) : (
          <>
            <SessionsTable projectId={access.project.id} sessions={sessions} />
            <CursorPager
              basePath={basePath}
              query={filtersOnly(query)}
              nextCursor={nextCursor}
              page={page}
              shown={sessions.length}
              noun={sessions.length === 1 ? "session" : "sessions"}
            />
          </>
        )}
      </Card>
    </div>
  );
}
