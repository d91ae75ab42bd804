import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { getSessionOutboxWait } from "@/lib/outbox/get-session-outbox-wait";
import { redactText } from "@/lib/privacy/redact-pii";

/**
 * Everything the session page and `usertests session get` show: participant, consents, screener
 * answers, transcript, media, behaviour events, signals, and the processing history (runs, steps,
 * server activity such as processing_started / processing_failed / processed) with costs.
 */
export async function getSessionDetail(input: {
  projectId: string;
  sessionId: string;
  /** behaviour events to include, first first (default 2,000) */ events?: number;
  /** participants' original words (seesOriginalText: an admin of a project that opted in); else redacted (ADR 015) */
  originalText?: boolean;
}) {
  const session = await db.session.findFirst({
    where: { id: input.sessionId, projectId: input.projectId },
    include: {
      response: {
        select: {
          answers: true,
          qualified: true,
          disqualifyReason: true,
          utmSource: true,
          utmMedium: true,
          utmCampaign: true,
          utmTerm: true,
          utmContent: true,
        },
      },
      messages: { orderBy: { offsetMs: "asc" }, select: { id: true, role: true, content: true, offsetMs: true, phase: true } },
      chunks: {
        orderBy: [{ kind: "asc" }, { chunkIndex: "asc" }],
        select: {
          id: true,
          kind: true,
          chunkIndex: true,
          sizeBytes: true,
          mimeType: true,
          startOffsetMs: true,
          durationMs: true,
          spanStartIndex: true,
          transcriptStatus: true,
          transcriptText: true,
          mediaRemovedAt: true,
        },
      },
      events: {
        orderBy: [{ offsetMs: "asc" }, { id: "asc" }],
        take: input.events ?? 2000,
        select: { id: true, type: true, offsetMs: true, url: true, data: true },
      },
      signals: {
        orderBy: { offsetMs: "asc" },
        include: { tasks: { select: { taskId: true, task: { select: { id: true, title: true } } } } },
      },
      activity: { orderBy: { createdAt: "asc" }, select: { kind: true, message: true, data: true, createdAt: true } },
      processingRuns: { orderBy: { startedAt: "desc" }, take: 20, include: { steps: { orderBy: { startedAt: "asc" } } } },
    },
  });
  if (!session) throw notFound("Session");
  // processing cannot start while its event waits in the outbox: say so instead of a bare "pending"
  const waitingForJobEngine = await getSessionOutboxWait({ sessionId: session.id });
  const shown = input.originalText ? session : withTextRedacted(session);
  return { ...shown, costUsd: Number(session.costUsd), waitingForJobEngine };
}

/** Messages, transcripts and quotes with personal data replaced by placeholders; positions unchanged. */
function withTextRedacted<
  T extends {
    messages: { content: string }[];
    chunks: { transcriptText: string | null }[];
    signals: { quote: string; translation: string | null }[];
  },
>(session: T): T {
  return {
    ...session,
    messages: session.messages.map((m) => ({ ...m, content: redactText(m.content) })),
    chunks: session.chunks.map((c) => ({ ...c, transcriptText: c.transcriptText === null ? null : redactText(c.transcriptText) })),
    signals: session.signals.map((sig) => ({
      ...sig,
      quote: redactText(sig.quote),
      translation: sig.translation && redactText(sig.translation),
    })),
  };
}
