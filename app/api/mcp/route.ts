// POST /api/mcp — the MCP server for coding agents over Streamable HTTP (stateless: a server and a
// transport per request, so any instance can answer). Bearer only — a personal API token or a
// project secret key — with the REST API's tenant rules: each tool checks the project through
// lib/access. A browser's cookie session is refused: MCP clients send tokens, and a cookie would
// let any page the user visits drive the tools. GET (a server-initiated stream) and DELETE (ending
// a session) have no meaning without sessions; Next answers them 405.
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { unauthorized } from "@/lib/errors";
import { route } from "@/lib/http";
import { createMcpServer } from "@/lib/mcp/create-mcp-server";

/** JSON-RPC requests are small; the same bound as the REST API's JSON bodies. */
const MAX_BODY_BYTES = 1024 * 1024;

export const POST = route({ auth: "principal" }, async ({ req, principal }) => {
  if (principal.kind === "user" && principal.via === "session") throw unauthorized("Send a personal API token or a secret key as Bearer");
  const server = createMcpServer(principal);
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
    maxRequestBodySize: MAX_BODY_BYTES,
  });
  await server.connect(transport);
  try {
    return await transport.handleRequest(req);
  } finally {
    // with JSON responses the reply is complete once handleRequest returns
    await server.close();
  }
});
