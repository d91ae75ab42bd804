// Smoke test of the MCP server of a running UserTests (`/api/mcp`), from the outside, with the MCP
// project's own tools: @modelcontextprotocol/inspector-cli drives the server as an agent would
// (list tools, call one, templates, prompts), then @modelcontextprotocol/conformance runs the server
// scenarios that apply to a server like ours. Exit 0 when every check passed, 1 otherwise, 2 on bad
// arguments.
//
//   npm run smoke:mcp -- --base-url http://localhost:3000 --token ut_pat_… [--project-id <id>] [--no-conformance]
//
// --token: a personal API token (or a project secret key) — the same credential an agent is given.
// --project-id: also read that project's tasks through list_tasks (the token must reach the project).
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startBearerProxy } from "./smoke/bearer-proxy";

const require = createRequire(import.meta.url);
const INSPECTOR = require.resolve("@modelcontextprotocol/inspector-cli/build/index.js");
const CONFORMANCE = path.join(path.dirname(require.resolve("@modelcontextprotocol/conformance/package.json")), "dist/index.js");

export const EXPECTED_TOOLS = [
  "list_projects",
  "list_tasks",
  "get_task",
  "search_signals",
  "get_session_excerpt",
  "get_spec",
  "update_task_status",
  "request_spec",
  "open_pull_request",
  "get_implementation",
];

/**
 * The conformance scenarios (suite 0.1.13) that apply to this server, all passing. The others test
 * the suite's own fixture tools, resources and prompts (`json_schema_2020_12_tool`,
 * `test_simple_text`, `test://static-text`, …), server-to-client requests (sampling, elicitation,
 * progress, logging) or subscriptions and standalone SSE streams, none of which a stateless JSON
 * server like ours offers; against it those scenarios fail on the missing fixture or wait for a
 * stream that never opens (resources-list, tools-call-error, logging-set-level and
 * completion-complete hang until killed), so they would measure only that we do not ship fixtures.
 */
export const CONFORMANCE_SCENARIOS = ["server-initialize", "ping", "tools-list", "prompts-list"];

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

function run(
  command: string,
  args: string[],
  timeoutMs = 60_000,
  cwd?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [command, ...args], { stdio: ["ignore", "pipe", "pipe"], cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function inspect(endpoint: string, token: string, args: string[]): Promise<unknown> {
  // inspector-cli 1.0.3 finds its own package.json by a path relative to the working directory
  // (fs.existsSync("../package.json")), so it only runs from its build folder
  const out = await run(
    INSPECTOR,
    [endpoint, "--transport", "http", "--header", `Authorization: Bearer ${token}`, ...args],
    60_000,
    path.dirname(INSPECTOR),
  );
  if (out.code !== 0)
    throw new Error(`inspector-cli ${args.join(" ")} exited ${out.code}: ${(out.stderr || out.stdout).trim().slice(0, 400)}`);
  return JSON.parse(out.stdout);
}

async function check(checks: Check[], name: string, body: () => Promise<string>) {
  try {
    checks.push({ name, ok: true, detail: await body() });
  } catch (e) {
    checks.push({ name, ok: false, detail: e instanceof Error ? e.message : String(e) });
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** inspector-cli against the server: what an agent sees. */
export async function inspectorChecks(baseUrl: string, token: string, projectId?: string): Promise<Check[]> {
  const endpoint = new URL("/api/mcp", baseUrl).toString();
  const checks: Check[] = [];
  await check(checks, "refuses a request without a token", async () => {
    const res = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list", params: {} }),
    });
    assert(res.status === 401, `expected 401, got ${res.status}`);
    return "401";
  });
  await check(checks, "tools/list has the ten tools with input schemas", async () => {
    const listed = (await inspect(endpoint, token, ["--method", "tools/list"])) as { tools: { name: string; inputSchema?: unknown }[] };
    const names = listed.tools.map((t) => t.name);
    const missing = EXPECTED_TOOLS.filter((n) => !names.includes(n));
    assert(missing.length === 0, `missing tools: ${missing.join(", ")}`);
    assert(
      listed.tools.every((t) => t.inputSchema),
      "a tool has no input schema",
    );
    return `${names.length} tools`;
  });
  await check(checks, "tools/call list_projects answers text and structured output", async () => {
    const result = (await inspect(endpoint, token, ["--method", "tools/call", "--tool-name", "list_projects"])) as {
      isError?: boolean;
      content: { type: string; text?: string }[];
      structuredContent?: { projects?: unknown[] };
    };
    assert(!result.isError, `tool error: ${result.content?.[0]?.text}`);
    assert(result.content?.[0]?.type === "text", "no text content");
    assert(Array.isArray(result.structuredContent?.projects), "no structured projects list");
    return `${result.structuredContent.projects.length} project(s)`;
  });
  if (projectId) {
    await check(checks, "tools/call list_tasks for the project", async () => {
      const result = (await inspect(endpoint, token, [
        "--method",
        "tools/call",
        "--tool-name",
        "list_tasks",
        "--tool-arg",
        `projectId=${projectId}`,
      ])) as {
        isError?: boolean;
        content: { text?: string }[];
      };
      assert(!result.isError, `tool error: ${result.content?.[0]?.text}`);
      return "ok";
    });
  }
  await check(checks, "tools/call with bad input is a tool error, not a crash", async () => {
    const result = (await inspect(endpoint, token, [
      "--method",
      "tools/call",
      "--tool-name",
      "get_task",
      "--tool-arg",
      "projectId=nope",
      "taskId=nope",
    ])) as {
      isError?: boolean;
    };
    assert(result.isError === true, "expected isError for an unknown project");
    return "isError";
  });
  await check(checks, "resources/templates/list has the task resource", async () => {
    const listed = (await inspect(endpoint, token, ["--method", "resources/templates/list"])) as {
      resourceTemplates: { uriTemplate: string }[];
    };
    assert(
      listed.resourceTemplates.some((t) => t.uriTemplate.startsWith("usertests://projects/")),
      "no usertests://projects/… template",
    );
    return listed.resourceTemplates.map((t) => t.uriTemplate).join(", ");
  });
  await check(checks, "prompts/list has the fix-task prompt", async () => {
    const listed = (await inspect(endpoint, token, ["--method", "prompts/list"])) as { prompts: { name: string }[] };
    assert(
      listed.prompts.some((p) => p.name === "fix_task"),
      `prompts: ${listed.prompts.map((p) => p.name).join(", ")}`,
    );
    return "fix_task";
  });
  return checks;
}

interface ConformanceCheck {
  id: string;
  status: string;
  errorMessage?: string;
}

/** The conformance suite, through a local proxy that adds the bearer token (the suite sends none). */
export async function conformanceChecks(baseUrl: string, token: string): Promise<Check[]> {
  const proxy = await startBearerProxy(baseUrl, token);
  const outDir = await mkdtemp(path.join(tmpdir(), "mcp-conformance-"));
  const checks: Check[] = [];
  try {
    for (const scenario of CONFORMANCE_SCENARIOS) {
      const dir = path.join(outDir, scenario);
      const out = await run(CONFORMANCE, ["server", "--url", `${proxy.origin}/api/mcp`, "--scenario", scenario, "-o", dir], 120_000);
      const results = await readChecks(dir);
      const failed = results.filter((r) => r.status === "FAILURE");
      const passed = results.filter((r) => r.status === "SUCCESS").length;
      const ok = out.code === 0 && failed.length === 0 && results.length > 0;
      checks.push({
        name: `conformance ${scenario}`,
        ok,
        detail: ok
          ? `${passed}/${results.length} checks passed`
          : failed.map((f) => `${f.id}: ${f.errorMessage ?? "failed"}`).join("; ") || (out.stderr || out.stdout).trim().slice(0, 300),
      });
    }
  } finally {
    await proxy.close();
    await rm(outDir, { recursive: true, force: true });
  }
  return checks;
}

/** The suite writes checks.json somewhere below the output directory (one folder per run). */
async function readChecks(dir: string): Promise<ConformanceCheck[]> {
  const found: ConformanceCheck[] = [];
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name === "checks.json") found.push(...(JSON.parse(await readFile(full, "utf8")) as ConformanceCheck[]));
    }
  };
  await walk(dir);
  return found;
}

async function main() {
  const { values } = parseArgs({
    options: {
      "base-url": { type: "string" },
      token: { type: "string", default: process.env.USERTESTS_TOKEN },
      "project-id": { type: "string" },
      "no-conformance": { type: "boolean", default: false },
    },
  });
  const baseUrl = values["base-url"];
  const token = values.token;
  if (!baseUrl || !token) {
    console.error("usage: npm run smoke:mcp -- --base-url <url> --token <ut_pat_…> [--project-id <id>] [--no-conformance]");
    process.exit(2);
  }
  const checks = await inspectorChecks(baseUrl, token, values["project-id"]);
  if (!values["no-conformance"]) checks.push(...(await conformanceChecks(baseUrl, token)));
  for (const c of checks) console.log(`${c.ok ? "PASS" : "FAIL"}  ${c.name} — ${c.detail}`);
  const failed = checks.filter((c) => !c.ok).length;
  console.log(failed === 0 ? `\nall ${checks.length} checks passed` : `\n${failed} of ${checks.length} checks failed`);
  process.exit(failed === 0 ? 0 : 1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
