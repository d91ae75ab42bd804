// What every MCP tool shares: the caller it acts for, the project check (the REST API's own,
// lib/access), results as concise text plus structuredContent, and errors as tool errors an agent
// can read (isError) — never a crashed request, never an internal message.
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { Principal } from "@/lib/access/principal";
import { requireProjectAccess } from "@/lib/access/require-project-access";
import type { Permission } from "@/lib/access/roles";
import { AppError, isDatabaseUnavailable, validationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { refuseUnstorable } from "@/lib/validation/storable-input";

export interface McpCaller {
  principal: Principal;
}

export const projectIdArg = z.string().min(1).max(64).describe("Project id (from list_projects)");
export const taskIdArg = z.string().min(1).max(64).describe("Task id (from list_tasks)");

/** The same check a REST route runs for its declared access: non-members learn nothing (not found). */
export function projectAccess(caller: McpCaller, projectId: string, permission: Permission) {
  return requireProjectAccess(caller.principal, projectId, permission);
}

/** Dates and other non-JSON values become what the REST API would have sent. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

export function toolResult(text: string, structured: Record<string, unknown>): CallToolResult {
  return { content: [{ type: "text", text }], structuredContent: plain(structured) };
}

export function toolError(e: unknown): CallToolResult {
  let message: string;
  if (e instanceof AppError) message = `${e.code}: ${e.message}${e.details === undefined ? "" : ` ${JSON.stringify(e.details)}`}`;
  else if (e instanceof z.ZodError) message = `validation_failed: ${JSON.stringify(validationError(e, "body").details)}`;
  else if (isDatabaseUnavailable(e)) message = "service_unavailable: The database is unavailable; try again shortly";
  else {
    log.error("mcp tool failed", { error: e });
    message = "internal: Something went wrong on our side";
  }
  return { content: [{ type: "text", text: message }], isError: true };
}

/**
 * Runs a tool's work for its (already zod-parsed) arguments: they pass the same net as REST input
 * (text PostgreSQL cannot store is refused, not sent to the database), and any failure becomes a
 * tool error.
 */
export async function run(args: unknown, work: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    refuseUnstorable(args, "body");
    return await work();
  } catch (e) {
    return toolError(e);
  }
}

/**
 * For resources and prompts, whose failures are protocol errors rather than tool results: expected
 * errors keep their message ("not_found: Task not found"), anything else is logged and not shown.
 */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    const text = (toolError(e).content[0] as { text: string }).text;
    throw new Error(text);
  }
}

/**
 * Output schemas name what an agent can rely on; objects stay open (z.looseObject) so a field added
 * to a use-case's view is not a validation error.
 */
export const out = {
  id: z.string(),
  nullableString: z.string().nullable(),
  cursor: z.string().nullable().describe("pass as cursor for the next page; null on the last"),
  implementation: z.looseObject({ id: z.string(), status: z.string() }),
};
