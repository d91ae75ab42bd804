// usertests mcp — the UserTests MCP server over stdio, for coding agents that start a local process
// (Claude Code, Cursor…). A transparent proxy: every JSON-RPC message from the agent is posted to the
// server's /api/mcp with the stored login (or USERTESTS_TOKEN), and every answer is written back, so
// the tools, their access rules and their results are the server's own. stdout carries the protocol
// only; diagnostics go to stderr.
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { positionals } from "../lib/args";
import { CLI_VERSION } from "../lib/client";
import { defineCommand } from "../lib/command";
import { EXIT } from "../lib/errors";

/** JSON-RPC "internal error": the server could not be reached or refused the request. */
const INTERNAL_ERROR = -32603;

export default defineCommand({
  name: "mcp",
  summary: "Serve the UserTests MCP tools over stdio for coding agents (proxies to the server's /api/mcp)",
  usage: "",
  help: [
    "Claude Code:  claude mcp add usertests -- usertests mcp",
    'Cursor:       { "mcpServers": { "usertests": { "command": "usertests", "args": ["mcp"] } } }',
    "Uses the profile's server and token (usertests auth login), or USERTESTS_BASE_URL and USERTESTS_TOKEN.",
  ],
  async run(ctx, args) {
    positionals(args, []);
    // loaded here, not with the command list: every other command starts without the SDK
    const [{ StreamableHTTPClientTransport }, { StdioServerTransport }, { isJSONRPCRequest, isJSONRPCResultResponse }] = await Promise.all([
      import("@modelcontextprotocol/sdk/client/streamableHttp.js"),
      import("@modelcontextprotocol/sdk/server/stdio.js"),
      import("@modelcontextprotocol/sdk/types.js"),
    ]);
    const local = new StdioServerTransport();
    const remote = new StreamableHTTPClientTransport(new URL("/api/mcp", ctx.baseUrl), {
      requestInit: { headers: { authorization: `Bearer ${ctx.token}`, "user-agent": `usertests-cli/${CLI_VERSION}` } },
    });
    const warn = (message: string) => ctx.io.stderr(`usertests mcp: ${message}\n`);

    remote.onmessage = (message) => {
      // the negotiated version goes on every later request, as the SDK's own client does
      if (isJSONRPCResultResponse(message) && typeof message.result.protocolVersion === "string")
        remote.setProtocolVersion(message.result.protocolVersion);
      local.send(message).catch((e: Error) => warn(`cannot write to the agent: ${e.message}`));
    };
    remote.onerror = (e) => warn(e.message);
    local.onerror = (e) => warn(e.message);
    local.onmessage = (message: JSONRPCMessage) => {
      remote.send(message).catch((e: Error) => {
        warn(e.message);
        // the agent waits for an answer to each request: tell it what went wrong instead
        if (isJSONRPCRequest(message))
          void local.send({
            jsonrpc: "2.0",
            id: message.id,
            error: { code: INTERNAL_ERROR, message: `UserTests server (${ctx.baseUrl}): ${e.message}` },
          });
      });
    };

    await remote.start();
    await local.start();
    // until the agent closes our stdin
    await new Promise<void>((resolve) => {
      local.onclose = resolve;
      process.stdin.once("end", resolve);
      process.stdin.once("close", resolve);
    });
    await local.close();
    await remote.close();
    return EXIT.ok;
  },
});
