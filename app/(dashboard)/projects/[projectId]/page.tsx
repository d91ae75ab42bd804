import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Time } from "@/components/ui/time";
import { requireSignedInUser } from "@/lib/access/current-user";
import { getProjectPageAccess } from "@/lib/access/project-page-access";
import { hasRole } from "@/lib/access/roles";
import { getProjectOverview } from "@/lib/projects/get-project-overview";

type Props = { params: Promise<{ projectId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const access = await getProjectPageAccess((await params).projectId);
  return { title: access.ok ? access.project.name : "Project" };
}

function Stat({ label, value, detail }: { label: string; value: number; detail?: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white px-4 py-3.5 shadow-xs">
      <dt className="text-[13px] text-zinc-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tracking-tight text-zinc-900 tabular-nums" data-testid={`stat-${label.toLowerCase().replaceAll(" ", "-")}`}>
        {value.toLocaleString("en-US")}
      </dd>
      {detail && <dd className="mt-0.5 text-xs text-zinc-500">{detail}</dd>}
    </div>
  );
}

export default async function ProjectOverviewPage({ params }: Props) {
  const { projectId } = await params;
  await requireSignedInUser(`/projects/${encodeURIComponent(projectId)}`);
  const access = await getProjectPageAccess(projectId);
  if (!access.ok) return null; // the layout shows the message
  const { project, role } = access;
  const o = await getProjectOverview({ projectId: project.id });
  const settings = `/projects/${project.id}/settings`;
  const admin = hasRole(role, "admin");

  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm leading-relaxed text-zinc-600">{project.description || <span className="text-zinc-400">No description.</span>}</p>

      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-5">
        <Stat label="Sessions" value={o.sessions} />
        <Stat
          label="Completed sessions"
          value={o.completedSessions}
          detail={o.sessions > 0 ? `${Math.round((o.completedSessions / o.sessions) * 100)}% of sessions` : undefined}
        />
        <Stat label="Signals" value={o.signals} />
        <Stat label="Tasks" value={o.tasks} detail={`${o.openTasks.toLocaleString("en-US")} open`} />
        <Stat label="Screeners" value={o.screeners} detail={`${o.activeScreeners.toLocaleString("en-US")} active`} />
      </dl>

      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title="Get started" description="Three steps to the first evidence in this project." />
          <CardBody>
            <ol className="space-y-4">
              {[
                {
                  title: "Add the SDK snippet to your site",
                  body: "It uses the project's public key and records sessions only from the origins you allow.",
                  link: admin ? { href: `${settings}#keys`, label: "Public key and allowed origins" } : null,
                },
                {
                  title: "Invite your team",
                  body: "Researchers, engineers and stakeholders each get the role they need.",
                  link: { href: `${settings}#members`, label: admin ? "Invite members" : "See members" },
                },
                {
                  title: "Connect a GitHub repository",
                  body: "Tasks backed by user evidence can then become pull requests.",
                  link: admin ? { href: `${settings}#general`, label: "Set the repository" } : null,
                },
              ].map((step, i) => (
                <li key={step.title} className="flex gap-3">
                  <span className="grid size-6 shrink-0 place-items-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600">{i + 1}</span>
                  <div className="space-y-0.5">
                    <p className="text-sm font-medium text-zinc-900">{step.title}</p>
                    <p className="text-[13px] text-zinc-500">{step.body}</p>
                    {step.link && (
                      <Link href={step.link.href} className="inline-block pt-0.5 text-[13px] font-medium text-indigo-700 hover:text-indigo-900 hover:underline">
                        {step.link.label} →
                      </Link>
                    )}
                  </div>
                </li>
              ))}
            </ol>
          </CardBody>
        </Card>

        <Card className="self-start">
          <CardHeader title="Details" />
          <CardBody>
            <dl className="space-y-3 text-[13px]">
              <div className="flex justify-between gap-4">
                <dt className="text-zinc-500">Members</dt>
                <dd className="font-medium text-zinc-900 tabular-nums">{o.members}</dd>
              </div>
              <div className="flex justify-between gap-4">
                <dt className="text-zinc-500">GitHub repository</dt>
                <dd className="truncate font-medium text-zinc-900">{project.githubRepo ?? <span className="font-normal text-zinc-400">Not connected</span>}</dd>
              </div>
              <div className="flex justify-between gap-4">
                <dt className="text-zinc-500">Allowed origins</dt>
                <dd className="font-medium text-zinc-900 tabular-nums">{project.allowedOrigins.length}</dd>
              </div>
              <div className="flex justify-between gap-4">
                <dt className="text-zinc-500">Created</dt>
                <dd className="font-medium text-zinc-900">
                  <Time value={project.createdAt} />
                </dd>
              </div>
            </dl>
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
