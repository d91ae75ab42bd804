import Link from "next/link";
import { NavLink } from "@/components/layout/nav-link";
import { ProcessingPausedBanner } from "@/components/outbox/processing-paused-banner";
import { NoPermission } from "@/components/projects/no-permission";
import { RoleBadge } from "@/components/projects/role-badge";
import { getProjectPageAccess } from "@/lib/access/project-page-access";

export default async function ProjectLayout({ children, params }: { children: React.ReactNode; params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const access = await getProjectPageAccess(projectId);
  if (!access.ok) return access.reason === "forbidden" ? <NoPermission message={access.message} /> : null; // signed out: the page redirects
  const base = `/projects/${access.project.id}`;

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-[13px] text-zinc-500">
          <ol className="flex items-center gap-1.5">
            <li>
              <Link href="/projects" className="hover:text-zinc-800">
                Projects
              </Link>
            </li>
            <li aria-hidden="true" className="text-zinc-300">
              /
            </li>
            <li aria-current="page" className="truncate text-zinc-700">
              {access.project.name}
            </li>
          </ol>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="truncate text-2xl font-semibold tracking-tight text-zinc-900">{access.project.name}</h1>
          <RoleBadge role={access.role} />
        </div>
        {/* on a phone the six tabs sit in two rows of three, all visible (a sideways scroller hid the last ones); the line under them is a shadow so the active tab's border can sit on it */}
        <nav
          aria-label="Project"
          className="grid grid-cols-3 text-center shadow-[inset_0_-1px_0_var(--color-zinc-200)] sm:flex sm:gap-5 sm:text-left"
        >
          <NavLink href={base} exact variant="tab">
            Overview
          </NavLink>
          <NavLink href={`${base}/sessions`} variant="tab">
            Sessions
          </NavLink>
          <NavLink href={`${base}/signals`} variant="tab">
            Signals
          </NavLink>
          <NavLink href={`${base}/tasks`} variant="tab">
            Tasks
          </NavLink>
          <NavLink href={`${base}/screeners`} variant="tab">
            Screeners
          </NavLink>
          <NavLink href={`${base}/settings`} variant="tab">
            Settings
          </NavLink>
        </nav>
      </div>
      <ProcessingPausedBanner projectId={access.project.id} />
      {children}
    </div>
  );
}
