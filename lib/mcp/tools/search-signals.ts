// search_signals: evidence as GET /api/v1/projects/:id/signals finds it (viewer), quotes redacted as
// everywhere; participants' names and emails are left out (an agent needs the moment, not the person).
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { sessionMomentLink } from "@/lib/implementations/task-evidence";
import { listSignals } from "@/lib/signals/list-signals";
import { SIGNAL_TYPES } from "@/lib/signals/signal-types";
import { type McpCaller, projectAccess, projectIdArg, run, toolResult, out } from "../tool-kit";

export function registerSearchSignals(server: McpServer, caller: McpCaller) {
  server.registerTool(
    "search_signals",
    {
      title: "Search evidence",
      description:
        "Signals (participant quotes) of a project, newest first: a phrase in the quote, by type, session, task or minimum intensity.",
      inputSchema: {
        projectId: projectIdArg,
        q: z.string().trim().max(200).optional().describe("a phrase the quote contains"),
        type: z.enum(SIGNAL_TYPES).optional(),
        taskId: z.string().max(64).optional(),
        sessionId: z.string().max(64).optional(),
        minIntensity: z.number().min(0).max(1).optional(),
        limit: z.number().int().min(1).max(100).default(20),
        cursor: z.string().max(200).optional(),
      },
      outputSchema: {
        signals: z.array(
          z.looseObject({
            id: out.id,
            type: z.string(),
            quote: z.string(),
            sessionId: out.id,
            offsetMs: z.number().nullable(),
            momentUrl: z.string(),
          }),
        ),
        nextCursor: out.cursor,
      },
      annotations: { readOnlyHint: true },
    },
    async (args) =>
      run(args, async () => {
        await projectAccess(caller, args.projectId, "read");
        const { projectId, ...query } = args;
        const page = await listSignals({ projectId, query });
        const signals = page.signals.map((s) => ({
          id: s.id,
          type: s.type,
          quote: s.quote,
          intensity: s.intensity,
          confidence: s.confidence,
          sessionId: s.sessionId,
          offsetMs: s.offsetMs,
          momentUrl: sessionMomentLink(projectId, s.sessionId, s.offsetMs),
          tasks: s.tasks,
          createdAt: s.createdAt,
        }));
        const text = signals.length
          ? signals
              .map((s) => `${s.id}  [${s.type}] "${s.quote}" — session ${s.sessionId}${s.offsetMs === null ? "" : ` at ${s.offsetMs} ms`}`)
              .join("\n")
          : "No signals match.";
        return toolResult(page.nextCursor ? `${text}\nMore: cursor ${page.nextCursor}` : text, { signals, nextCursor: page.nextCursor });
      }),
  );
}
