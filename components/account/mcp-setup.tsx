import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";

/**
 * How to connect a coding agent to this server's MCP endpoint (README "Coding agents (MCP)"), with
 * this deployment's address filled in: the token is the one created above, shown once.
 */
export function McpSetup({ appUrl }: { appUrl: string }) {
  const endpoint = new URL("/api/mcp", appUrl).toString();
  const claude = [
    `claude mcp add --transport http usertests ${endpoint} --header "Authorization: Bearer ut_pat_…"`,
    `# or through the CLI's stored login (usertests auth login first):`,
    `claude mcp add usertests -- usertests mcp`,
  ].join("\n");
  const cursor = JSON.stringify({ mcpServers: { usertests: { url: endpoint, headers: { Authorization: "Bearer ut_pat_…" } } } }, null, 2);
  return (
    <Card aria-labelledby="mcp-setup-title">
      <CardHeader
        id="mcp-setup-title"
        title="Connect a coding agent (MCP)"
        description="Claude Code, Cursor and other agents can read tasks with their evidence and open pull requests, with your access. Use a token from above."
      />
      <CardBody className="space-y-4">
        <CodeBlock code={claude} label="Claude Code commands" language="Claude Code" testId="mcp-claude" />
        <CodeBlock code={cursor} label="Cursor configuration (.cursor/mcp.json)" language=".cursor/mcp.json" testId="mcp-cursor" />
      </CardBody>
    </Card>
  );
}
