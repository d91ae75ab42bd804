// /projects/[projectId]/screeners — the project's screeners with status and funnel numbers; members create new ones.
import type { Metadata } from "next";
import Link from "next/link";
import { Funnel } from "@/components/screeners/funnel";
import { InterviewerNotConfiguredBanner } from "@/components/screeners/interviewer-not-configured-banner";
import { NewScreenerButton } from "@/components/screeners/new-screener-button";
import { ScreenerStatusBadge } from "@/components/screeners/status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { Time } from "@/components/ui/time";
import { getProjectPageAccess } from "@/lib/access/project-page-access";
import { hasRole, PERMISSION } from "@/lib/access/roles";
import { listScreeners } from "@/lib/screeners/list-screeners";

type Props = { params: Promise<{ projectId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const access = await getProjectPageAccess((await params).projectId);
  return { title: access.ok ? `Screeners · ${access.project.name}` : "Screeners" };
}

export default async function ScreenersPage({ params }: Props) {
  const access = await getProjectPageAccess((await params).projectId);
  if (!access.ok) return null; // the layout shows the message
  const { project, role } = access;
  const canEdit = hasRole(role, PERMISSION.work);
  const screeners = await listScreeners({ projectId: project.id });

  return (
    <div className="space-y-6">
      <PageHeader
        title="Screeners"
        description="Recruit the right participants: questions with qualification rules, a public link to share, and the funnel from views to finished interviews."
        actions={canEdit && screeners.length > 0 ? <NewScreenerButton projectId={project.id} /> : undefined}
      />
      <InterviewerNotConfiguredBanner projectId={project.id} />
      <Card>
        {screeners.length === 0 ? (
          <EmptyState
            title="No screeners yet"
            description={
              canEdit ? "Create one to start recruiting participants for interviews." : "Members of this project can create screeners."
            }
            action={canEdit ? <NewScreenerButton projectId={project.id} label="Create your first screener" /> : undefined}
          />
        ) : (
          <Table aria-label="Screeners">
            <thead>
              <tr>
                <Th>Screener</Th>
                <Th>Status</Th>
                <Th>Funnel</Th>
                <Th className="text-right">Created</Th>
              </tr>
            </thead>
            <tbody>
              {screeners.map((s) => (
                <tr key={s.id} className="hover:bg-zinc-50/70">
                  <Td>
                    <Link
                      href={`/projects/${project.id}/screeners/${s.id}`}
                      className="font-medium text-zinc-900 hover:text-indigo-700 hover:underline"
                    >
                      {s.title}
                    </Link>
                    <p className="text-xs text-zinc-500">
                      {s.questionCount} {s.questionCount === 1 ? "question" : "questions"}
                      {s.maxParticipants !== null && ` · ${s.qualifiedCount} of ${s.maxParticipants} places taken`}
                    </p>
                  </Td>
                  <Td>
                    <ScreenerStatusBadge status={s.status} />
                  </Td>
                  <Td>
                    <Funnel counts={s} compact />
                  </Td>
                  <Td className="text-right whitespace-nowrap text-zinc-500">
                    <Time value={s.createdAt} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
