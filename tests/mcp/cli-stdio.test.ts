// `usertests mcp`: an agent starts the CLI as a child process and speaks MCP over its stdin/stdout;
// the CLI proxies to the server's /api/mcp with the token it was given. The SDK's own stdio client
// runs the real bin (tsx) against the app's routes on a loopback port.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createTask } from "@/prisma/factories/research";
import { startAppServer } from "../cli/helpers/app-server";

const BIN = path.resolve(import.meta.dirname, "../../packages/cli/bin/usertests.js");
const home = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-mcp-"));
let app: Awaited<ReturnType<typeof startAppServer>>;
const clients: Client[] = [];

function agentEnv(token: string): Record<string, string> {
  return { PATH: process.env.PATH ?? "", HOME: home, XDG_CONFIG_HOME: home, USERTESTS_BASE_URL: app.url, USERTESTS_TOKEN: token };
}

async function startAgent(token: string) {
  const stderr: string[] = [];
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, "mcp"], env: agentEnv(token), stderr: "pipe" });
  transport.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  const client = new Client({ name: "agent", version: "1.0.0" });
  clients.push(client);
  return { client, transport, stderr };
}

beforeAll(async () => {
  app = await startAppServer();
});

afterAll(async () => {
  for (const c of clients) await c.close();
  await app?.close();
  fs.rmSync(home, { recursive: true, force: true });
});

describe("usertests mcp (stdio)", () => {
  it("serves the server's tools to a local agent, as the token's user", async () => {
    const owner = await createOwnerWithProject(db);
    const task = await createTask(db, { projectId: owner.project.id, title: "Export breaks on Fridays" });
    const { client, transport } = await startAgent(owner.token);
    await client.connect(transport);
    expect(client.getServerVersion()?.name).toBe("usertests");
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain("get_task");
    const r = (await client.callTool({ name: "list_tasks", arguments: { projectId: owner.project.id } })) as CallToolResult;
    expect((r.structuredContent as { tasks: { id: string }[] }).tasks.map((t) => t.id)).toEqual([task.id]);
  }, 60_000);

  it("a refused token is answered as an error the agent can show, and said on stderr", async () => {
    const { client, transport, stderr } = await startAgent("ut_pat_revoked-or-never-issued");
    await expect(client.connect(transport)).rejects.toThrow(/UserTests server .*Invalid or revoked API token/);
    expect(stderr.join("")).toMatch(/unauthorized/);
  }, 60_000);
});
