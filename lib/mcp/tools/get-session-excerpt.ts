// get_session_excerpt: the transcript lines around a moment of a session (viewer) — interview
// messages and spoken-audio transcripts merged in time order, with personal data replaced by
// placeholders as the session page shows it to anyone but an opted-in admin (ADR 015). An agent
// never gets the original words, whatever the caller's role.
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { sessionMomentLink } from "@/lib/implementations/task-evidence";
import { getSessionDetail } from "@/lib/sessions/get-session-detail";
import { type McpCaller, projectAccess, projectIdArg, run, toolResult, out } from "../tool-kit";

interface Line {
  offsetMs: number;
  speaker: string;
  text: string;
}

export function registerGetSessionExcerpt(server: McpServer, caller: McpCaller) {
  server.registerTool(
    "get_session_excerpt",
    {
      title: "Session excerpt",
      description: "Transcript lines around a moment of a session (a signal's offsetMs), personal data redacted.",
      inputSchema: {
        projectId: projectIdArg,
        sessionId: z.string().min(1).max(64),
        atMs: z.number().int().min(0).default(0).describe("the moment, in ms since the session started"),
        before: z.number().int().min(0).max(50).default(5).describe("lines before the moment"),
        after: z.number().int().min(0).max(50).default(5).describe("lines from the moment on"),
      },
      outputSchema: {
        sessionId: out.id,
        momentUrl: z.string(),
        lines: z.array(z.object({ offsetMs: z.number(), speaker: z.string(), text: z.string() })),
        totalLines: z.number(),
      },
      annotations: { readOnlyHint: true },
    },
    async (args) =>
      run(args, async () => {
        await projectAccess(caller, args.projectId, "read");
        const session = await getSessionDetail({ projectId: args.projectId, sessionId: args.sessionId, events: 0, originalText: false });
        const lines: Line[] = [
          ...session.messages.map((m) => ({ offsetMs: m.offsetMs, speaker: m.role, text: m.content })),
          ...session.chunks
            .filter((c) => c.kind === "audio" && c.transcriptText)
            .map((c) => ({ offsetMs: c.startOffsetMs ?? 0, speaker: "audio", text: c.transcriptText! })),
        ].sort((a, b) => a.offsetMs - b.offsetMs);
        const at = lines.findIndex((l) => l.offsetMs >= args.atMs);
        const pivot = at === -1 ? lines.length : at;
        const excerpt = lines.slice(Math.max(0, pivot - args.before), pivot + args.after);
        const clock = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")}`;
        const text = excerpt.length
          ? excerpt.map((l) => `[${clock(l.offsetMs)}] ${l.speaker}: ${l.text}`).join("\n")
          : "This session has no transcript.";
        return toolResult(text, {
          sessionId: session.id,
          momentUrl: sessionMomentLink(args.projectId, session.id, args.atMs),
          lines: excerpt,
          totalLines: lines.length,
        });
      }),
  );
}
