// /projects/[projectId]/tasks — the task board: a column per status, highest priority first.
import type { Metadata } from "next";
import { TaskBoard } from "@/components/tasks/task-board";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireSignedInUser } from "@/lib/access/current-user";
import { getProjectPageAccess } from "@/lib/access/project-page-access";
import { hasRole, PERMISSION } from "@/lib/access/roles";
import { getTaskBoard } from "@/lib/tasks/get-task-board";

type Props = { params: Promise<{ projectId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const access = await getProjectPageAccess((await params).projectId);
  return { title: access.ok ? `Tasks · ${access.project.name}` : "Tasks" };
}

export default async function TasksPage({ params }: Props) {
  const { projectId } = await params;
  await requireSignedInUser(`/projects/${encodeURIComponent(projectId)}/tasks`);
  const access = await getProjectPageAccess(projectId);
  if (!access.ok) return null; // the layout shows the message
  const canEdit = hasRole(access.role, PERMISSION.work);
  const board = await getTaskBoard({ projectId: access.project.id });
  const empty = board.every((c) => c.total === 0);

  return (
    <div className="space-y-5">
      <PageHeader
        title="Tasks"
        description={
          canEdit
            ? "Problems found in interviews, highest priority first. Drag a card to change its status, or use its handle with Space and the arrow keys."
            : "Problems found in interviews, highest priority first. You can read the board; members move tasks."
        }
      />
      {empty ? (
        <Card>
          <EmptyState
            title="No tasks yet"
            description="Tasks are created when processed sessions produce signals about the same problem."
          />
        </Card>
      ) : (
        <TaskBoard projectId={access.project.id} initial={board} canEdit={canEdit} />
      )}
    </div>
  );
}
