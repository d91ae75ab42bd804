import type { Metadata } from "next";
import Link from "next/link";
import { NewProjectButton } from "@/components/projects/new-project";
import { RoleBadge } from "@/components/projects/role-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { Time } from "@/components/ui/time";
import { requireSignedInUser } from "@/lib/access/current-user";
import { listProjectsForUser } from "@/lib/projects/list-projects";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const { userId } = await requireSignedInUser("/projects");
  const projects = await listProjectsForUser({ userId });

  return (
    <div className="space-y-6">
      <PageHeader
        title="Projects"
        description="Each project has its own participants, evidence, tasks, keys and team."
        actions={projects.length > 0 && <NewProjectButton />}
      />
      <Card>
        {projects.length === 0 ? (
          <EmptyState
            title="No projects yet"
            description="Create a project to start recruiting participants, or ask a teammate to invite you to theirs."
            action={<NewProjectButton label="Create your first project" />}
          />
        ) : (
          <Table aria-label="Your projects">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th className="w-32">Your role</Th>
                <Th className="w-40">Created</Th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => (
                <tr key={p.id} className="group relative hover:bg-zinc-50">
                  <Td className="max-w-0">
                    <Link
                      href={`/projects/${p.id}`}
                      className="font-medium text-zinc-900 after:absolute after:inset-0 focus-visible:outline-none group-focus-within:underline"
                    >
                      {p.name}
                    </Link>
                    {p.description && <p className="mt-0.5 truncate text-zinc-500">{p.description}</p>}
                  </Td>
                  <Td>
                    <RoleBadge role={p.role} />
                  </Td>
                  <Td className="text-zinc-500">
                    <Time value={p.createdAt} />
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
