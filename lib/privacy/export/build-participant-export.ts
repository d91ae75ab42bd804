// One participant's data, as a JSON file for them (right of access and portability): their screener
// answers with the questions' text, consents, sessions with messages, transcript, behaviour events
// and the signals drawn from them, and links to their recordings that work for a day.
//
// The text is the ORIGINAL, whatever the project's keepOriginalText says. Redaction (ADR 015)
// protects participants from the research team, models and GitHub; this file is the participant's
// own data going back to them, and a data-protection officer would give a person their own words as
// they said them — replacing their email or phone number with "[email]" would withhold part of the
// very data they asked for. (Signal quotes are stored redacted, so they carry placeholders here too.)
//
// The person is found by email, compared trimmed and case-insensitively: screener responses, the
// sessions those responses opened, and sessions created with that email directly (API, invitations).
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { mediaStorage } from "@/lib/storage";
import { exportContentType } from "./export-files";
import { mediaLinkUrl, signMediaLink } from "./media-link";

const consents = (r: { consentRecording: boolean; consentAnalytics: boolean; consentFollowUp: boolean }) => ({
  recording: r.consentRecording,
  analytics: r.consentAnalytics,
  followUp: r.consentFollowUp,
});

export async function collectParticipantData(input: { projectId: string; email: string; now?: Date }) {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const project = await db.project.findUniqueOrThrow({ where: { id: input.projectId }, select: { id: true, name: true } });
  const responses = await db.screenerResponse.findMany({
    where: { projectId: project.id, participantEmail: { equals: email, mode: "insensitive" } },
    orderBy: { createdAt: "asc" },
    include: {
      screener: {
        select: { id: true, title: true, consentText: true, questions: { select: { id: true, text: true }, orderBy: { position: "asc" } } },
      },
    },
  });
  const sessionIds = responses.map((r) => r.sessionId).filter((id): id is string => id !== null);
  const sessions = await db.session.findMany({
    where: { projectId: project.id, OR: [{ participantEmail: { equals: email, mode: "insensitive" } }, { id: { in: sessionIds } }] },
    orderBy: { createdAt: "asc" },
    include: {
      messages: { orderBy: [{ offsetMs: "asc" }, { createdAt: "asc" }] },
      events: {
        orderBy: [{ offsetMs: "asc" }, { id: "asc" }],
        select: { type: true, offsetMs: true, url: true, data: true, createdAt: true },
      },
      chunks: { orderBy: [{ kind: "asc" }, { chunkIndex: "asc" }] },
      signals: { orderBy: [{ offsetMs: "asc" }, { createdAt: "asc" }] },
    },
  });

  const screenerResponses = responses.map((r) => {
    const answers = r.answers && typeof r.answers === "object" && !Array.isArray(r.answers) ? (r.answers as Record<string, unknown>) : {};
    const known = new Map(r.screener.questions.map((q) => [q.id, q.text]));
    return {
      id: r.id,
      submittedAt: r.createdAt.toISOString(),
      screener: { id: r.screener.id, title: r.screener.title },
      name: r.participantName,
      email: r.participantEmail,
      qualified: r.qualified,
      disqualifyReason: r.disqualifyReason,
      consents: { ...consents(r), consentText: r.screener.consentText },
      answers: Object.entries(answers).map(([id, answer]) => ({
        question: known.get(id) ?? "A question no longer in the screener",
        answer,
      })),
      sessionId: r.sessionId,
      campaign: { source: r.utmSource, medium: r.utmMedium, campaign: r.utmCampaign, term: r.utmTerm, content: r.utmContent },
    };
  });

  let mediaLinks = 0;
  const sessionViews = sessions.map((s) => {
    const media = mediaSegments(s.chunks).map((seg) => {
      const link = signMediaLink({ projectId: project.id, sessionId: s.id, kind: seg.kind, index: seg.index }, now.getTime());
      mediaLinks++;
      return { ...seg, url: mediaLinkUrl(link.token), urlExpiresAt: link.expiresAt.toISOString() };
    });
    return {
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      status: s.status,
      mode: s.mode,
      name: s.participantName,
      email: s.participantEmail,
      externalId: s.externalId,
      language: s.language,
      consents: consents(s),
      startedAt: s.startedAt?.toISOString() ?? null,
      completedAt: s.completedAt?.toISOString() ?? null,
      durationMs: s.durationMs,
      summary: s.summary,
      messages: s.messages.map((m) => ({
        role: m.role,
        text: m.content,
        offsetMs: m.offsetMs,
        phase: m.phase,
        at: m.createdAt.toISOString(),
      })),
      transcript: s.chunks
        .filter((c) => c.transcriptText)
        .map((c) => ({ kind: c.kind, offsetMs: c.startOffsetMs, text: c.transcriptText })),
      signals: s.signals.map((g) => ({
        type: g.type,
        quote: g.quote,
        offsetMs: g.offsetMs,
        context: g.context,
        analysis: g.analysis,
        at: g.createdAt.toISOString(),
      })),
      events: s.events.map((e) => ({ type: e.type, offsetMs: e.offsetMs, url: e.url, data: e.data, at: e.createdAt.toISOString() })),
      recordings: media,
      recordingsRemoved: s.chunks.filter((c) => c.mediaRemovedAt).length,
    };
  });

  const counts = {
    screenerResponses: screenerResponses.length,
    sessions: sessionViews.length,
    messages: sessionViews.reduce((n, s) => n + s.messages.length, 0),
    transcriptSegments: sessionViews.reduce((n, s) => n + s.transcript.length, 0),
    signals: sessionViews.reduce((n, s) => n + s.signals.length, 0),
    events: sessionViews.reduce((n, s) => n + s.events.length, 0),
    mediaLinks,
  };
  const document = {
    format: "usertests-participant-export-v1",
    exportedAt: now.toISOString(),
    project: { id: project.id, name: project.name },
    participant: { email },
    about:
      "Everything this research project holds about you: your screener answers, consents, interview sessions (messages, transcript, behaviour events) and the findings drawn from them. Recording links work for 24 hours after the export was made.",
    screenerResponses,
    sessions: sessionViews,
  };
  return { document, counts };
}

/** Playable segments, as the session page plays them: self-contained chunks and each audio span's first chunk (ADR 010); removed files have none. */
function mediaSegments(
  chunks: {
    kind: "audio" | "screen";
    chunkIndex: number;
    spanStartIndex: number | null;
    startOffsetMs: number | null;
    durationMs: number | null;
    mimeType: string;
    mediaRemovedAt: Date | null;
  }[],
) {
  const segments = chunks.filter((c) => !c.mediaRemovedAt && (c.spanStartIndex === null || c.spanStartIndex === c.chunkIndex));
  return segments.map((c) => {
    const parts = c.spanStartIndex === null ? [c] : chunks.filter((p) => p.kind === c.kind && p.spanStartIndex === c.chunkIndex);
    return {
      kind: c.kind,
      index: c.chunkIndex,
      mimeType: c.mimeType,
      offsetMs: c.startOffsetMs,
      durationMs: parts.every((p) => p.durationMs !== null) ? parts.reduce((n, p) => n + (p.durationMs ?? 0), 0) : null,
    };
  });
}

/** Builds the file and stores it; returns its size and counts (the step's result: no content). */
export async function buildParticipantExport(input: { projectId: string; email: string; storageKey: string; now?: Date }) {
  const { document, counts } = await collectParticipantData(input);
  const body = Buffer.from(JSON.stringify(document, null, 2));
  const { size } = await mediaStorage().put(input.storageKey, Readable.from([body]), {
    contentType: exportContentType("participant"),
    contentLength: body.length,
  });
  return { sizeBytes: size, counts };
}
