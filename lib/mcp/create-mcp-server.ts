// The MCP server for one authenticated caller. Built per request (stateless Streamable HTTP): every
// tool acts as that caller, through the same access checks and use-cases as the REST API.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Principal } from "@/lib/access/principal";
import { registerFixTaskPrompt } from "./fix-task-prompt";
import { registerTaskResource } from "./task-resource";
import type { McpCaller } from "./tool-kit";
import { registerGetImplementation } from "./tools/get-implementation";
import { registerGetSessionExcerpt } from "./tools/get-session-excerpt";
import { registerGetSpec } from "./tools/get-spec";
import { registerGetTask } from "./tools/get-task";
import { registerListProjects } from "./tools/list-projects";
import { registerListTasks } from "./tools/list-tasks";
import { registerOpenPullRequest } from "./tools/open-pull-request";
import { registerRequestSpec } from "./tools/request-spec";
import { registerSearchSignals } from "./tools/search-signals";
import { registerUpdateTaskStatus } from "./tools/update-task-status";

const REGISTER = [
  registerListProjects,
  registerListTasks,
  registerGetTask,
  registerSearchSignals,
  registerGetSessionExcerpt,
  registerGetSpec,
  registerUpdateTaskStatus,
  registerRequestSpec,
  registerOpenPullRequest,
  registerGetImplementation,
  registerTaskResource,
  registerFixTaskPrompt,
];

export function createMcpServer(principal: Principal): McpServer {
  const caller: McpCaller = { principal };
  const server = new McpServer(
    { name: "usertests", title: "UserTests", version: "0.1.0" },
    {
      instructions:
        "UserTests turns user interviews into prioritized tasks backed by participant quotes. Start with list_projects, then list_tasks; get_task shows a task's evidence; the fix_task prompt assembles it for a fix.",
    },
  );
  for (const register of REGISTER) register(server, caller);
  return server;
}
