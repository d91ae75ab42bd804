// /projects/[projectId]/tasks/[taskId] — one task: description, priority breakdown, evidence with
// links to the moments in sessions, status history, and (for members) the edit form.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidenceList } from "@/components/tasks/evidence-list";
import { EFFORT_LABELS, TASK_STATUS_LABELS, TASK_STATUS_TONES, TASK_TYPE_LABELS } from "@/components/tasks/labels";
import { PriorityBadge } from "@/components/tasks/priority-badge";
import { PriorityBreakdown } from "@/components/tasks/priority-breakdown";
import { ShareButton } from "@/components/sharing/share-button";
import { StatusHistory } from "@/components/tasks/status-history";
import { TaskEditor } from "@/components/tasks/task-editor";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireSignedInUser } from "@/lib/access/current-user";
import { getProjectPageAccess } from "@/lib/access/project-page-access";
import { hasRole, PERMISSION } from "@/lib/access/roles";
import { AppError } from "@/lib/errors";
import { getTaskView, TASK_VIEW_EVIDENCE_LIMIT } from "@/lib/tasks/get-task-view";
import { ImplementationPanel } from "@/components/implementation/implementation-panel";
import { FollowUpInvitationsPanel } from "@/components/follow-up/follow-up-invitations-panel";
import { DidItWorkPanel } from "@/components/follow-up/did-it-work-panel";
import { listTaskImplementations } from "@/lib/implementations/list-implementations";

type Props = { params: Promise<{ projectId: string; taskId: string }> };

function notFoundWhenMissing(e: unknown): never {
  if (e instanceof AppError && e.code === "not_found") notFound();
  throw e;
}

async function load(projectId: string, taskId: string) {
  return getTaskView({ projectId, taskId }).catch(notFoundWhenMissing);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { projectId, taskId } = await params;
  const access = await getProjectPageAccess(projectId);
  if (!access.ok) return { title: "Task" };
  return { title: `${(await load(access.project.id, taskId)).task.title} · Tasks` };
}

export default async function TaskPage({ params }: Props) {
  const { projectId, taskId } = await params;
  await requireSignedInUser(`/projects/${encodeURIComponent(projectId)}/tasks/${encodeURIComponent(taskId)}`);
  const access = await getProjectPageAccess(projectId);
  if (!access.ok) return null; // the layout shows the message
  // the implementation loop first, then the task: see ImplementationPanel
  const loop = await listTaskImplementations({ projectId: access.project.id, taskId }).catch(notFoundWhenMissing);
  const { task, evidence, history } = await load(access.project.id, taskId);
  const canEdit = hasRole(access.role, PERMISSION.work);
  const base = `/projects/${access.project.id}`;

  return (
    <div className="space-y-6 pb-10">
      <div className="space-y-3">
        <Link href={`${base}/tasks`} className="text-[13px] text-zinc-500 hover:text-zinc-800">
          ← Task board
        </Link>
        <div className="space-y-2">
          <h2 className="text-xl font-semibold tracking-tight text-zinc-900">{task.title}</h2>
          <div className="flex flex-wrap items-center gap-2 text-[13px] text-zinc-500">
            <span data-testid="task-status">
              <Badge tone={TASK_STATUS_TONES[task.status]}>{TASK_STATUS_LABELS[task.status]}</Badge>
            </span>
            <PriorityBadge label={task.priorityLabel} score={task.priorityScore} />
            <span>{TASK_TYPE_LABELS[task.type]}</span>
            {task.effort && <span>· effort {EFFORT_LABELS[task.effort]}</span>}
            <span>
              · {task.signalCount} {task.signalCount === 1 ? "signal" : "signals"} from {task.sessionCount}{" "}
              {task.sessionCount === 1 ? "session" : "sessions"}
            </span>
          </div>
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title="Description" />
            <CardBody>
              {task.description.trim() ? (
                <p className="text-sm leading-relaxed whitespace-pre-wrap text-zinc-700">{task.description}</p>
              ) : (
                <p className="text-sm text-zinc-500">No description yet.</p>
              )}
            </CardBody>
          </Card>

          <Card>
            <CardHeader
              title="Evidence"
              description={
                task.signalCount > evidence.length
                  ? `The ${evidence.length} strongest of ${task.signalCount} quotes.`
                  : "What participants said, in their own words."
              }
              actions={
                <span className="flex items-center gap-4 text-[13px]">
                  {canEdit && evidence.length > 0 && <ShareButton projectId={access.project.id} target={{ taskId: task.id }} />}
                  {task.signalCount > TASK_VIEW_EVIDENCE_LIMIT && (
                    <Link href={`${base}/signals?taskId=${task.id}`} className="font-medium text-indigo-700 hover:underline">
                      All {task.signalCount} signals →
                    </Link>
                  )}
                </span>
              }
            />
            {evidence.length ? (
              <EvidenceList projectId={access.project.id} evidence={evidence} />
            ) : (
              <EmptyState title="No evidence linked" description="Signals from processed sessions are linked to tasks automatically." />
            )}
          </Card>

          {/* implementation-loop panel */}
          <ImplementationPanel projectId={access.project.id} taskId={task.id} canAct={canEdit} loop={loop} />
          <FollowUpInvitationsPanel projectId={access.project.id} taskId={task.id} canAct={canEdit} />
          <DidItWorkPanel projectId={access.project.id} taskId={task.id} />
        </div>

        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader title="Priority" description="The score (0–100) adds five factors from the evidence, each with its weight." />
            <CardBody>
              <PriorityBreakdown breakdown={task.priorityBreakdown} score={task.priorityScore} />
            </CardBody>
          </Card>

          {canEdit && (
            <TaskEditor
              task={{
                id: task.id,
                projectId: task.projectId,
                title: task.title,
                description: task.description,
                type: task.type,
                status: task.status,
                effort: task.effort,
              }}
            />
          )}

          <Card>
            <CardHeader title="Status history" />
            <CardBody>
              <StatusHistory history={history} createdAt={task.createdAt} />
            </CardBody>
          </Card>
        </div>
      </div>
    </div>
  );
}
