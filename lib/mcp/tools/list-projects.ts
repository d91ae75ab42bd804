// list_projects: the caller's projects, as GET /api/v1/projects lists them (a secret key sees its own).
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { listProjectsForSecretKey, listProjectsForUser } from "@/lib/projects/list-projects";
import { type McpCaller, run, toolResult, out } from "../tool-kit";

export function registerListProjects(server: McpServer, caller: McpCaller) {
  server.registerTool(
    "list_projects",
    {
      title: "List projects",
      description: "The UserTests projects you can read, with your role in each.",
      outputSchema: { projects: z.array(z.looseObject({ id: out.id, name: z.string(), role: z.string() })) },
      annotations: { readOnlyHint: true },
    },
    async () =>
      run({}, async () => {
        const p = caller.principal;
        const rows =
          p.kind === "secret_key"
            ? await listProjectsForSecretKey({ projectId: p.projectId })
            : await listProjectsForUser({ userId: p.userId });
        const projects = rows.map((r) => ({ id: r.id, name: r.name, role: r.role, githubRepo: r.githubRepo, createdAt: r.createdAt }));
        const text = projects.length ? projects.map((r) => `${r.id}  ${r.name} (${r.role})`).join("\n") : "No projects.";
        return toolResult(text, { projects });
      }),
  );
}
