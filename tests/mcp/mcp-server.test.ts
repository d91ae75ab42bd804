// The MCP server at /api/mcp, driven by the SDK's own client over Streamable HTTP against the app's
// route on a real loopback port: tools listed and called, the task resource and the fix_task prompt,
// tenant rules as in the REST API (another tenant's project is "not found", a secret key reaches only
// its project, a viewer cannot write), and bad input answered as a tool error. Real PostgreSQL; the
// outbox delivers to a loopback fake of Inngest's event API.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// before any app module reads the environment (the Inngest SDK reads INNGEST_DEV)
const inngest = await vi.hoisted(async () => {
  const { startFakeInngest } = await import("@/tests/fakes/fake-inngest");
  const server = await startFakeInngest();
  process.env.INNGEST_DEV = server.url;
  return server;
});

const { db } = await import("@/lib/db");
const { outboxDispatchSettled } = await import("@/lib/outbox/kick-dispatch");
const { recomputeTaskPriority } = await import("@/lib/tasks/recompute-task-priority");
const factories = await import("@/prisma/factories");
const { startAppServer } = await import("../cli/helpers/app-server");

let app: Awaited<ReturnType<typeof startAppServer>>;
let owner: Awaited<ReturnType<typeof factories.createOwnerWithProject>>;
let stranger: Awaited<ReturnType<typeof factories.createOwnerWithProject>>;
let viewerToken: string;
let secretKey: string;
let otherProjectId: string;
let sessionId: string;
let taskId: string;
const clients: Client[] = [];

async function connect(token: string): Promise<Client> {
  const client = new Client({ name: "mcp-test", version: "1.0.0" });
  const transport = new StreamableHTTPClientTransport(new URL(`${app.url}/api/mcp`), {
    requestInit: { headers: { authorization: `Bearer ${token}` } },
  });
  await client.connect(transport);
  clients.push(client);
  return client;
}

const text = (r: unknown) => ((r as CallToolResult).content[0] as { text: string }).text;

beforeAll(async () => {
  app = await startAppServer();
  owner = await factories.createOwnerWithProject(db);
  stranger = await factories.createOwnerWithProject(db);
  const viewer = await factories.createUser(db);
  await factories.addMember(db, { projectId: owner.project.id, userId: viewer.id, role: "viewer" });
  viewerToken = await factories.createApiTokenFor(db, { userId: viewer.id });
  secretKey = await factories.createSecretKeyFor(db, { projectId: owner.project.id });
  otherProjectId = (await factories.createProject(db, { ownerId: owner.user.id, name: "Second project" })).project.id;

  const { session } = await factories.createInterviewSession(db, {
    projectId: owner.project.id,
    participantName: "Dana Example",
    participantEmail: "dana@example.test",
    messages: [
      { role: "interviewer", content: "How do you send invoices?", offsetMs: 0 },
      { role: "participant", content: "I export them every Friday.", offsetMs: 20_000 },
      { role: "interviewer", content: "What happens then?", offsetMs: 40_000 },
      { role: "participant", content: "The export breaks, so I mail them to dana@example.test by hand.", offsetMs: 60_000 },
      { role: "interviewer", content: "What would you want instead?", offsetMs: 80_000 },
      { role: "participant", content: "A file my accountant can open the first time.", offsetMs: 100_000 },
    ],
  });
  sessionId = session.id;
  const struggle = await factories.createSignal(db, {
    projectId: owner.project.id,
    sessionId,
    type: "struggling_moment",
    quote: "The export breaks every Friday",
    intensity: 0.9,
    offsetMs: 60_000,
  });
  const outcome = await factories.createSignal(db, {
    projectId: owner.project.id,
    sessionId,
    type: "desired_outcome",
    quote: "A file my accountant can open the first time",
    intensity: 0.6,
    offsetMs: 100_000,
  });
  const task = await factories.createTask(db, {
    projectId: owner.project.id,
    title: "Fix the invoice export",
    description: "Exports fail for monthly invoices.",
    signalIds: [struggle.id, outcome.id],
  });
  taskId = task.id;
  await recomputeTaskPriority(db, { taskId });
  await factories.createTask(db, { projectId: owner.project.id, title: "Dark mode", status: "done" });
}, 60_000);

afterAll(async () => {
  for (const c of clients) await c.close();
  await outboxDispatchSettled();
  await app?.close();
  await inngest.close();
});

describe("MCP server over Streamable HTTP", () => {
  it("lists the tools, the task resource template and the fix_task prompt", async () => {
    const client = await connect(owner.token);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      "get_implementation",
      "get_session_excerpt",
      "get_spec",
      "get_task",
      "list_projects",
      "list_tasks",
      "open_pull_request",
      "request_spec",
      "search_signals",
      "update_task_status",
    ]);
    expect(tools.find((t) => t.name === "list_tasks")?.inputSchema.properties).toHaveProperty("status");
    // every tool declares its structured output (the SDK's client checks each result against it)
    expect(tools.filter((t) => !t.outputSchema?.properties).map((t) => t.name)).toEqual([]);
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual(["usertests://projects/{projectId}/tasks/{taskId}"]);
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(["fix_task"]);
  });

  it("refuses a request without a bearer token, and a bad one", async () => {
    const res = await fetch(`${app.url}/api/mcp`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
    });
    expect(res.status).toBe(401);
    await expect(connect("ut_pat_not-a-real-token")).rejects.toThrow();
  });

  it("list_projects and list_tasks read what the REST API lists", async () => {
    const client = await connect(owner.token);
    const projects = await client.callTool({ name: "list_projects", arguments: {} });
    expect((projects.structuredContent as { projects: { id: string }[] }).projects.map((p) => p.id).sort()).toEqual(
      [owner.project.id, otherProjectId].sort(),
    );
    const tasks = await client.callTool({ name: "list_tasks", arguments: { projectId: owner.project.id, status: "backlog" } });
    expect(tasks.isError).toBeFalsy();
    expect((tasks.structuredContent as { tasks: { id: string }[] }).tasks.map((t) => t.id)).toEqual([taskId]);
    const found = await client.callTool({ name: "list_tasks", arguments: { projectId: owner.project.id, q: "dark" } });
    expect((found.structuredContent as { tasks: { title: string }[] }).tasks.map((t) => t.title)).toEqual(["Dark mode"]);
    expect(text(found)).toContain("Dark mode");
  });

  it("get_task gives the description, priority breakdown and strongest evidence with session moments", async () => {
    const client = await connect(owner.token);
    const r = await client.callTool({ name: "get_task", arguments: { projectId: owner.project.id, taskId } });
    const s = r.structuredContent as {
      task: { description: string; priorityBreakdown: Record<string, number>; signalCount: number };
      evidence: { quote: string; offsetMs: number; momentUrl: string }[];
      implementation: unknown;
    };
    expect(s.task.description).toBe("Exports fail for monthly invoices.");
    expect(Object.keys(s.task.priorityBreakdown).sort()).toEqual(["breadth", "frequency", "intensity", "recency", "urgency"]);
    expect(s.evidence[0]).toMatchObject({ quote: "The export breaks every Friday", offsetMs: 60_000 });
    expect(s.evidence[0].momentUrl).toContain(`/sessions/${sessionId}?t=60000`);
    expect(s.implementation).toBeNull();
    expect((r.structuredContent as { verification: unknown }).verification).toBeNull();
    expect(text(r)).toContain("# Fix the invoice export");
    expect(JSON.stringify(r)).not.toContain("Dana");
  });

  it("get_task on a merged task says whether it worked: the overall verdict and per-criterion counts, nobody named", async () => {
    const { mergedTaskWithVerdicts, PARTICIPANTS } = await import("@/tests/helpers/verification-fixtures");
    const merged = await mergedTaskWithVerdicts(db, { projectId: owner.project.id, impact: "improved" });
    const client = await connect(viewerToken);
    const r = await client.callTool({ name: "get_task", arguments: { projectId: owner.project.id, taskId: merged.task.id } });
    expect(r.isError).toBeFalsy();
    expect((r.structuredContent as { verification: unknown }).verification).toMatchObject({
      verdict: "partly_fixed",
      rule: "follow-up-majority-v1",
      participants: 3,
      criteria: [
        { index: 0, status: "fixed", counts: { fixed: 2, partly: 1, not_fixed: 0, not_tried: 0 } },
        { index: 1, status: "not_enough_evidence", counts: { fixed: 2, partly: 0, not_fixed: 0, not_tried: 1 } },
      ],
    });
    expect(text(r)).toContain("- Verification: Partly fixed (rule follow-up-majority-v1, 3 participants)");
    for (const p of PARTICIPANTS) expect(JSON.stringify(r)).not.toContain(p.name);
    await db.task.delete({ where: { id: merged.task.id } });
  });

  it("search_signals finds quotes by phrase, without participants' names", async () => {
    const client = await connect(owner.token);
    const r = await client.callTool({ name: "search_signals", arguments: { projectId: owner.project.id, q: "accountant" } });
    const s = r.structuredContent as { signals: { quote: string; tasks: { id: string }[] }[] };
    expect(s.signals.map((x) => x.quote)).toEqual(["A file my accountant can open the first time"]);
    expect(s.signals[0].tasks.map((t) => t.id)).toEqual([taskId]);
    expect(JSON.stringify(r)).not.toContain("dana@example.test");
  });

  it("get_session_excerpt returns the lines around a moment, personal data redacted", async () => {
    const client = await connect(owner.token);
    const r = await client.callTool({
      name: "get_session_excerpt",
      arguments: { projectId: owner.project.id, sessionId, atMs: 60_000, before: 1, after: 2 },
    });
    const s = r.structuredContent as { lines: { offsetMs: number; speaker: string; text: string }[]; totalLines: number };
    expect(s.lines.map((l) => l.offsetMs)).toEqual([40_000, 60_000, 80_000]);
    expect(s.totalLines).toBe(6);
    expect(s.lines[1].text).toContain("The export breaks");
    expect(JSON.stringify(r)).not.toContain("dana@example.test");
    expect(text(r)).toContain("[1:00] participant: The export breaks");
  });

  it("request_spec queues the spec through the outbox and returns the attempt; get_spec and get_implementation follow it", async () => {
    const client = await connect(owner.token);
    const before = await client.callTool({ name: "get_spec", arguments: { projectId: owner.project.id, taskId } });
    expect(before.structuredContent).toMatchObject({ spec: null, implementationId: null });
    const r = await client.callTool({ name: "request_spec", arguments: { projectId: owner.project.id, taskId } });
    expect(r.isError).toBeFalsy();
    const { implementationId } = r.structuredContent as { implementationId: string };
    const events = await db.outboxEvent.findMany({ where: { name: "implementation/spec.requested" } });
    expect(events.map((e) => (e.payload as { implementationId: string }).implementationId)).toEqual([implementationId]);

    const pending = await client.callTool({ name: "get_spec", arguments: { projectId: owner.project.id, taskId } });
    expect(pending.structuredContent).toMatchObject({ spec: null, implementationId, status: "pending" });
    await db.implementation.update({
      where: { id: implementationId },
      data: { spec: "# Spec\n\nMake the export work.", specGeneratedAt: new Date(), status: "spec_ready" },
    });
    const written = await client.callTool({ name: "get_spec", arguments: { projectId: owner.project.id, taskId } });
    expect(text(written)).toContain("Make the export work.");

    const impl = await client.callTool({ name: "get_implementation", arguments: { projectId: owner.project.id, implementationId } });
    expect((impl.structuredContent as { implementation: { id: string; taskId: string } }).implementation).toMatchObject({
      id: implementationId,
      taskId,
    });
  });

  it("open_pull_request needs a GitHub connection, and a dry run is queued with its attempt id", async () => {
    const client = await connect(owner.token);
    const refused = await client.callTool({ name: "open_pull_request", arguments: { projectId: owner.project.id, taskId } });
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/^conflict: Connect a GitHub repository/);
    const dry = await client.callTool({ name: "open_pull_request", arguments: { projectId: owner.project.id, taskId, dryRun: true } });
    expect(dry.structuredContent).toMatchObject({ queued: true, status: "pushing" });
    const events = await db.outboxEvent.count({ where: { name: "implementation/push.requested" } });
    expect(events).toBe(1);
  });

  it("update_task_status moves the task and records who did it", async () => {
    const client = await connect(owner.token);
    const r = await client.callTool({
      name: "update_task_status",
      arguments: { projectId: owner.project.id, taskId, status: "in_progress" },
    });
    expect(r.structuredContent).toMatchObject({ task: { id: taskId, status: "in_progress" } });
    const change = await db.taskStatusChange.findFirst({ where: { taskId }, orderBy: { createdAt: "desc" } });
    expect(change).toMatchObject({ fromStatus: "backlog", toStatus: "in_progress", actorUserId: owner.user.id });
  });

  it("reads the task resource as Markdown and assembles the fix_task prompt", async () => {
    const client = await connect(owner.token);
    const res = await client.readResource({ uri: `usertests://projects/${owner.project.id}/tasks/${taskId}` });
    expect(res.contents[0]).toMatchObject({ mimeType: "text/markdown" });
    expect((res.contents[0] as { text: string }).text).toContain("## Strongest evidence");
    const prompt = await client.getPrompt({ name: "fix_task", arguments: { projectId: owner.project.id, taskId } });
    const body = (prompt.messages[0].content as { text: string }).text;
    expect(body).toContain("## Acceptance criteria");
    expect(body).toContain('A participant can get this outcome: "A file my accountant can open the first time"');
    expect(body).toContain('A participant no longer struggles here: "The export breaks every Friday"');
  });
});

describe("MCP tenant rules", () => {
  it("a viewer reads but is refused on every write", async () => {
    const client = await connect(viewerToken);
    const read = await client.callTool({ name: "get_task", arguments: { projectId: owner.project.id, taskId } });
    expect(read.isError).toBeFalsy();
    for (const [name, args] of [
      ["update_task_status", { status: "done" }],
      ["request_spec", {}],
      ["open_pull_request", { dryRun: true }],
    ] as const) {
      const r = await client.callTool({ name, arguments: { projectId: owner.project.id, taskId, ...args } });
      expect(r.isError, name).toBe(true);
      expect(text(r), name).toMatch(/^forbidden: This needs the member role/);
    }
    expect(await db.task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ status: "in_progress" });
  });

  it("another tenant's token finds no project, task, session or resource", async () => {
    const client = await connect(stranger.token);
    const projects = await client.callTool({ name: "list_projects", arguments: {} });
    expect((projects.structuredContent as { projects: { id: string }[] }).projects.map((p) => p.id)).toEqual([stranger.project.id]);
    for (const [name, args] of [
      ["list_tasks", {}],
      ["get_task", { taskId }],
      ["get_session_excerpt", { sessionId }],
      ["update_task_status", { taskId, status: "done" }],
    ] as const) {
      const r = await client.callTool({ name, arguments: { projectId: owner.project.id, ...args } });
      expect(text(r), name).toBe("not_found: Project not found");
    }
    // the task id of another project, asked under the stranger's own project
    const crossed = await client.callTool({ name: "get_task", arguments: { projectId: stranger.project.id, taskId } });
    expect(text(crossed)).toBe("not_found: Task not found");
    await expect(client.readResource({ uri: `usertests://projects/${owner.project.id}/tasks/${taskId}` })).rejects.toThrow(
      /not_found: Project not found/,
    );
    await expect(client.getPrompt({ name: "fix_task", arguments: { projectId: stranger.project.id, taskId } })).rejects.toThrow(
      /not_found: Task not found/,
    );
  });

  it("a secret key reaches only its own project, as a member", async () => {
    const client = await connect(secretKey);
    const projects = await client.callTool({ name: "list_projects", arguments: {} });
    expect((projects.structuredContent as { projects: { id: string; role: string }[] }).projects).toEqual([
      expect.objectContaining({ id: owner.project.id, role: "member" }),
    ]);
    const other = await client.callTool({ name: "list_tasks", arguments: { projectId: otherProjectId } });
    expect(text(other)).toBe("not_found: Project not found");
    const moved = await client.callTool({
      name: "update_task_status",
      arguments: { projectId: owner.project.id, taskId, status: "in_review" },
    });
    expect(moved.structuredContent).toMatchObject({ task: { status: "in_review" } });
  });

  it("bad input is a tool error, not a crash", async () => {
    const client = await connect(owner.token);
    const badStatus = await client.callTool({
      name: "update_task_status",
      arguments: { projectId: owner.project.id, taskId, status: "shipped" },
    });
    expect(badStatus.isError).toBe(true);
    expect(text(badStatus)).toMatch(/Invalid arguments for tool update_task_status/);
    const missing = await client.callTool({ name: "get_task", arguments: { projectId: owner.project.id } });
    expect(missing.isError).toBe(true);
    const nul = await client.callTool({ name: "list_tasks", arguments: { projectId: owner.project.id, q: "a\u0000b" } });
    expect(text(nul)).toMatch(/^validation_failed/);
    // the server still answers
    expect((await client.callTool({ name: "list_projects", arguments: {} })).isError).toBeFalsy();
  });
});
