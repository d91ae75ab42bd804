// Each task as a resource, usertests://projects/{projectId}/tasks/{taskId}, in Markdown. Read with
// the same access as get_task; a task the caller cannot read is "not found", as in the REST API.
import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { loadTaskSummary, taskMarkdown } from "./task-summary";
import { guard, type McpCaller, projectAccess } from "./tool-kit";

export const TASK_RESOURCE_TEMPLATE = "usertests://projects/{projectId}/tasks/{taskId}";

export function registerTaskResource(server: McpServer, caller: McpCaller) {
  server.registerResource(
    "task",
    new ResourceTemplate(TASK_RESOURCE_TEMPLATE, { list: undefined }),
    { title: "Task", description: "A task with its priority, strongest evidence, spec and pull request state", mimeType: "text/markdown" },
    async (uri, variables) =>
      guard(async () => {
        const projectId = String(variables.projectId);
        const taskId = String(variables.taskId);
        await projectAccess(caller, projectId, "read");
        const summary = await loadTaskSummary({ projectId, taskId });
        return { contents: [{ uri: uri.href, mimeType: "text/markdown", text: taskMarkdown(summary, { withSpec: true }) }] };
      }),
  );
}
